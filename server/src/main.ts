/**
 * Language server entry point: creates the connection (stdio with --stdio, IPC when started by
 * the client) and guards against crashes: an error in a handler is logged, never fatal.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);

process.on('uncaughtException', (e) => connection.console.error(`Concord: unexpected error: ${e.stack ?? e.message}`));
process.on('unhandledRejection', (e) => connection.console.error(`Concord: unexpected rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));

startServer(connection);
connection.listen();
