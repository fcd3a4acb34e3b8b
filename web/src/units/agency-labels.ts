import { useTranslation } from 'react-i18next';

/** The words for an agency kind ('police' → 'Công an'); an unknown kind shows as stored. */
export function useAgencyKindLabel(): (kind: string) => string {
  const { t } = useTranslation();
  return (kind) => t(`agencyKind.${kind}`, { defaultValue: kind });
}
