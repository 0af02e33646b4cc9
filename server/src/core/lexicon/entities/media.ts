/**
 * News organisations among the built-in ones (agencies, broadcasters, dailies): they report
 * figures and are never what a figure is told of ("CAIRO (Reuters) - Israeli strikes killed 66",
 * "به گزارش ایرنا، ..."). Ids as mentions carry them.
 */
export const MEDIA: ReadonlySet<string> = new Set([
  'org:reuters', 'org:afp', 'org:ap', 'org:bbc', 'org:cnn', 'org:al-jazeera', 'org:xinhua', 'org:tass', 'org:irna', 'org:vna', 'org:pti',
  'org:pk-app', 'org:pk-ptv', 'org:pk-radio-pakistan', 'org:in-dainik-bhaskar', 'org:in-dainik-jagran', 'org:in-amar-ujala', 'org:in-ndtv',
  'org:in-the-hindu', 'org:in-times-of-india', 'org:in-indian-express', 'org:ir-irib', 'org:ir-press-tv', 'org:ir-fars', 'org:ir-tasnim',
  'org:ir-isna', 'org:ir-ilna', 'org:ir-mehr', 'org:ir-hamshahri', 'org:af-rta', 'org:af-bakhtar', 'org:washington-post', 'org:new-york-times',
]);
