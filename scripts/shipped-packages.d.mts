import type { Rolldown } from 'vite';

type OutputChunk = Rolldown.OutputChunk;

export const NOTICES_FILE: string;
export const WORKER_PACKAGES: readonly string[];

export interface ShippedPackage {
  name: string;
  /** The installed package's folder. */
  root: string;
  /** Source of each of its modules in the output. */
  code: string[];
  isFirstScreen: boolean;
  /** Bundled into the service worker by workbox-build, outside Vite's module graph. */
  isWorker: boolean;
  /** Code a build tool adds (Vite's preload helper, Rolldown's runtime, the PWA registration, the worker). */
  isTool: boolean;
}

/** The folder of an installed package, as Node would find it from the folder `from`. */
export function packageRoot(name: string, from: string): string;
export function packageOf(moduleId: string, projectRoot?: string): { name: string; root: string; isTool: boolean } | undefined;
export function shippedPackages(chunks: Pick<OutputChunk, 'fileName' | 'isEntry' | 'imports' | 'modules'>[], projectRoot?: string): ShippedPackage[];
export function licenceFiles(root: string): { file: string; text: string }[];
export function packageFacts(root: string): { version: string; licence: string | undefined; source: string | undefined };
export function noticesText(packages: Pick<ShippedPackage, 'name' | 'root'>[], appName: string): string;
/** `name@version` → whether its section holds licence text. */
export function listedInNotices(text: string): Map<string, boolean>;
export function noticeHeading(name: string, version: string): string;
