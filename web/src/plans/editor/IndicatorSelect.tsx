import { useTranslation } from 'react-i18next';
import { indicatorCatalogue } from '../../../../core/indicators/catalogue.ts';
import { indicatorKinds } from '../../../../core/indicators/indicator.ts';
import { currentLanguage } from '../../i18n/i18n.ts';

interface IndicatorSelectProps {
  id?: string;
  value: string;
  onChange: (code: string) => void;
  'aria-label'?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/** The catalogue's indicators by their Vietnamese (or English) names, grouped by kind of target. */
export function IndicatorSelect({ value, onChange, ...attributes }: IndicatorSelectProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <select value={value} onChange={(event) => onChange(event.target.value)} className="indicator-select" {...attributes}>
      <option value="">{t('plans.editor.chooseIndicatorOption')}</option>
      {indicatorKinds.map((kind) => {
        const indicators = indicatorCatalogue.filter((indicator) => indicator.kind === kind);
        if (indicators.length === 0) return null;
        return (
          <optgroup key={kind} label={t(`plans.indicatorKind.${kind}`)}>
            {indicators.map((indicator) => (
              <option key={indicator.code} value={indicator.code} title={indicator.name[language]}>{indicator.name[language]}</option>
            ))}
          </optgroup>
        );
      })}
    </select>
  );
}
