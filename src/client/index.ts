/**
 * `flet-ts/client`: the protocol client shared by the browser and the tester.
 * @module
 */
export {
  type ClientCallHandler,
  ClientConnection,
  type ClientUpdate,
  type ConnectionState,
} from "./client-connection.js";
export { Replica, type TouchedSink } from "./replica.js";
