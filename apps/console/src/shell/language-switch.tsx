import { Segmented } from 'antd';
import { useI18n } from '../i18n/language';
import type { Language } from '@hazard/domain/vocabulary';

/** 中文 / English; each option is named in its own language, so anyone can find theirs. */
export function LanguageSwitch() {
  const { language, m, setLanguage } = useI18n();
  const options: Array<{ value: Language; label: string }> = [
    { value: 'zh-CN', label: m.language['zh-CN'] },
    { value: 'en', label: m.language.en },
  ];
  return (
    <div role="group" aria-label={m.language.label}>
      <Segmented<Language>
        size="small"
        options={options.map((o) => ({
          ...o,
          label: <span lang={o.value}>{o.label}</span>,
        }))}
        value={language}
        onChange={setLanguage}
      />
    </div>
  );
}
