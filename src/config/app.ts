/** Written into every export, so a file says which version of the app made it. */
export const APP_VERSION = '0.1.0';
export const APP_NAME = 'EdTech Leader Self-Assessment';
/** Every localStorage / sessionStorage key the app writes starts with this, so deleting all data finds them. */
export const APP_STORAGE_PREFIX = 'edtech-leader:';
