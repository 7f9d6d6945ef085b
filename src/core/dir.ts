/** `rtl` for Arabic, Hebrew, Persian and Urdu (the right-to-left languages among LOCALES), else `ltr`. */
export const dirOf = (lang: string): 'rtl' | 'ltr' => (/^(ar|he|fa|ur)\b/.test(lang) ? 'rtl' : 'ltr');
