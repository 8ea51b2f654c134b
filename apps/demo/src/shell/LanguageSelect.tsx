import { useDemoMessages } from '../i18n/useDemoMessages';
import { type Language, languages } from '../language';

/** Chooses the language of the kit's forms (each language named in itself, tagged with its `lang`). */
export function LanguageSelect({ language, onChange }: { language: Language; onChange: (language: Language) => void }) {
  const t = useDemoMessages();
  return (
    <label className="demo-language">
      <span className="demo-visually-hidden">{t.language}</span>
      <select value={language} onChange={(event) => onChange(event.target.value as Language)}>
        {Object.entries(languages).map(([tag, { name }]) => (
          <option key={tag} value={tag} lang={tag}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
