import { useMemo, type ReactNode } from 'react';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import 'dayjs/locale/zh-cn';
import { dateTimeText, deadlineText, durationText, TERMS } from '../../../libs/domain/src/glossary';
import zhCommon from './locales/zh/common.json';
import enCommon from './locales/en/common.json';
import zhEnums from './locales/zh/enums.json';
import enEnums from './locales/en/enums.json';

dayjs.extend(utc);
dayjs.extend(timezone);

export type Lang = 'zh' | 'en';
/** Every label and message the app shows (apps/web/src/locales/<lang>/common.json). */
export type MessageKey = keyof typeof zhCommon;

const LANG_KEY = 'lianbao.lang';

/**
 * Translations on i18next, one resource file per language and namespace:
 * - `common` — the app's labels and messages (`locales/<lang>/common.json`), with i18next's
 *   interpolation (`{{n}}`) and plurals (`key_one` where English needs it; Chinese has one form);
 * - `enums` — statuses, event types and the like in words (`locales/<lang>/enums.json`);
 * - `domain` — the domain's own words (stages, categories, units, document kinds) from
 *   libs/domain/src/glossary.ts, the same the API's Chinese messages and the receipt use.
 * Keys are flat: codes such as `in-progress` or `*` are keys as they are.
 */
const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: {
    zh: { common: zhCommon, enums: zhEnums, domain: TERMS.zh },
    en: { common: enCommon, enums: enEnums, domain: TERMS.en },
  },
  lng: localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh',
  fallbackLng: 'zh',
  ns: ['common', 'enums', 'domain'],
  defaultNS: 'common',
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** A label or message; `n` also chooses the plural form. */
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** An enum value (status, stage, utility, unit) in the current language. */
  e(value: string | null | undefined): string;
  /** An instant as Asia/Shanghai local time. */
  date(value: string | Date | null | undefined, withTime?: boolean): string;
  /** Money from fen, in yuan. */
  money(fen: number | null | undefined): string;
  /** A time limit in words, with the plural it needs: "1 working day", "6 个工作日". */
  duration(amount: number, unit: string): string;
  /** A deadline as the day it ends on: "12月9日（周二）24:00前" / "by 24:00 Tue 9 Dec". */
  deadline(value: string | Date | null | undefined): string;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}

export function useI18n(): I18n {
  const { i18n: current } = useTranslation();
  const lang: Lang = current.language === 'en' ? 'en' : 'zh';
  return useMemo<I18n>(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
    const t = current.getFixedT(lang);
    return {
      lang,
      setLang(next) {
        localStorage.setItem(LANG_KEY, next);
        void current.changeLanguage(next);
      },
      t: (key, vars = {}) => t(key, 'n' in vars ? { ...vars, count: Number(vars.n) } : vars) as string,
      e: (v) => (v ? (t(v, { ns: ['enums', 'domain'], defaultValue: v }) as string) : '—'),
      date: (v, withTime = true) =>
        !v
          ? '—'
          : withTime
            ? dateTimeText(lang, v)
            : dayjs(v)
                .tz('Asia/Shanghai')
                .locale(lang === 'zh' ? 'zh-cn' : 'en')
                .format(lang === 'zh' ? 'YYYY年M月D日' : 'D MMM YYYY'),
      deadline: (v) => (v ? deadlineText(lang, v) : '—'),
      duration: (amount, unit) => durationText(lang, amount, unit),
      money: (fen) =>
        fen === null || fen === undefined
          ? '—'
          : new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { style: 'currency', currency: 'CNY' }).format(
              fen / 100,
            ),
    };
  }, [lang, current]);
}
