export type LicenceVerdict = 'permissive' | 'copyleft' | 'unknown' | 'missing';
export function declaredLicence(packageJson: unknown): string | undefined;
export function classifyLicence(licence: string | undefined): LicenceVerdict;
