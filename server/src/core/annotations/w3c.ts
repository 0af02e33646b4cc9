/**
 * W3C Web Annotation (JSON-LD) export: one AnnotationPage per document, each annotation with a
 * TextPositionSelector (code points, as the model requires) and a TextQuoteSelector.
 */
import type { Annotation } from './model';
import { OffsetConverter } from './offsets';
import { DETECTION_AUTHOR } from './detections';

/** The W3C Web Annotation JSON-LD context. */
export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Exports annotations of `text` as an AnnotationPage; `source` is the document's IRI or relative path. */
export function exportW3c(annotations: readonly Annotation[], text: string, source: string): Record<string, unknown> {
  const convert = new OffsetConverter(text);
  return {
    '@context': W3C_CONTEXT,
    id: `${source}#concord-annotations`,
    type: 'AnnotationPage',
    items: annotations.map((a) => {
      const body: Record<string, unknown>[] = [{ type: 'TextualBody', purpose: a.type === 'confirm' || a.type === 'reject' || a.type === 'figure-verified' ? 'assessing' : 'classifying', value: a.type }];
      if (a.detection) body.push({ type: 'TextualBody', purpose: 'describing', value: `${a.detection.kind}:${a.detection.type}${a.detection.value != null ? `=${a.detection.value}` : ''}` });
      if (a.entity) body.push({ type: 'SpecificResource', purpose: 'identifying', source: `urn:concord:entity:${encodeURIComponent(a.entity)}` });
      if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note });
      if (a.source) body.push({ type: 'TextualBody', purpose: 'describing', value: `source: ${a.source}` });
      return {
        id: `${source}#${encodeURIComponent(a.id)}`,
        type: 'Annotation',
        motivation: body[0].purpose,
        created: a.created,
        creator: { type: a.author === DETECTION_AUTHOR ? 'Software' : 'Person', name: a.author },
        body,
        target: {
          source,
          selector: [
            { type: 'TextPositionSelector', start: convert.toCodePoint(a.start), end: convert.toCodePoint(a.end) },
            { type: 'TextQuoteSelector', exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix },
          ],
        },
      };
    }),
  };
}
