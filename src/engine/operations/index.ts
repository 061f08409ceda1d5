/**
 * Edit operations on an agenda. Each is pure: (snapshot, agenda, args) → EditPlan, every address in the plan one
 * of the snapshot it was made from. Invalid arguments throw an OperationError (one line for the user).
 */
export { OperationError } from './errors';
export { insertItem, removeItem, moveItem, renameItem } from './items';
export { insertSubItem, removeSubItem, moveSubItem, renameSubItem } from './subItems';
export { regenerateAnnex } from './regenerateAnnex';
