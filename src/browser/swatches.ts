/**
 * The Material 2 colour swatches Flet names, for renderers (the table lives in the core,
 * which checks colour values where the app sets them).
 * @module
 */
export { swatchColor } from "../core/swatches.js";
