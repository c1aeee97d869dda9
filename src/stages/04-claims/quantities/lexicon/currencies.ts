/**
 * Currencies as data: ISO 4217 code, the names written after an amount ("5 euros"), the symbols written
 * before or after it ("$5", "5 €") and minor units ("10 cents" → 0.10 USD). Bare "$" and "dollars" read as
 * US dollars; a newsroom outside the US would change that here.
 */
export interface Currency {
  readonly iso: string;
  /** lower-case names that follow an amount */
  readonly names?: readonly string[];
  /** symbols and prefixes, case-sensitive, written before (or, for the symbols, after) the amount */
  readonly symbols?: readonly string[];
  /** names read as this currency only right after a scale word ("5 billion won") */
  readonly afterScale?: readonly string[];
}

export const CURRENCIES: readonly Currency[] = [
  { iso: 'USD', names: ['dollar', 'dollars', 'us dollar', 'us dollars', 'u.s. dollar', 'u.s. dollars', 'american dollars', 'usd'],
    symbols: ['$', 'US$', 'U.S.$', 'USD$', 'usd$', 'USD', 'US $', 'us $', 'u.s $', 'u.s. $'] },
  { iso: 'CAD', names: ['canadian dollar', 'canadian dollars', 'cad'], symbols: ['C$', 'CA$', 'CAN$', 'CAD$', 'cad$', 'CAD', 'c $', 'C $'] },
  { iso: 'AUD', names: ['australian dollar', 'australian dollars', 'aud'], symbols: ['A$', 'AU$', 'AUD$', 'aud$', 'AUD'] },
  { iso: 'NZD', names: ['new zealand dollar', 'new zealand dollars', 'nzd'], symbols: ['NZ$', 'NZD$', 'nzd$', 'NZD'] },
  { iso: 'HKD', names: ['hong kong dollar', 'hong kong dollars', 'hkd'], symbols: ['HK$', 'hk $', 'HK $', 'HKD'] },
  { iso: 'SGD', names: ['singapore dollar', 'singapore dollars', 'sgd'], symbols: ['S$', 'SGD'] },
  { iso: 'TWD', names: ['taiwan dollar', 'taiwan dollars', 'new taiwan dollars', 'twd'], symbols: ['NT$', 'TWD'] },
  { iso: 'EUR', names: ['euro', 'euros', 'eur'], symbols: ['€', 'EUR'] },
  { iso: 'GBP', names: ['pound sterling', 'pounds sterling', 'sterling', 'british pound', 'british pounds', 'gbp'], symbols: ['£', 'GBP'] },
  { iso: 'JPY', names: ['yen', 'japanese yen', 'jpy'], symbols: ['¥', 'JPY', 'JP¥'] },
  { iso: 'CNY', names: ['yuan', 'chinese yuan', 'renminbi', 'rmb', 'cny'], symbols: ['元', 'CN¥', 'RMB', 'CNY'] },
  { iso: 'INR', names: ['rupee', 'rupees', 'indian rupee', 'indian rupees', 'inr'], symbols: ['₹', 'Rs', 'Rs.', 'INR'] },
  { iso: 'PKR', names: ['pakistani rupee', 'pakistani rupees', 'pkr'], symbols: ['PKR'] },
  { iso: 'LKR', names: ['sri lankan rupee', 'sri lankan rupees', 'lkr'], symbols: ['ரூ', 'LKR'] },
  { iso: 'MXN', names: ['peso', 'pesos', 'mexican peso', 'mexican pesos', 'mxn'], symbols: ['MX$', 'Mex$', 'mex$', 'MXN$', 'mxn$', 'MXN'] },
  { iso: 'COP', names: ['colombian peso', 'colombian pesos', 'cop'], symbols: ['COL$', 'COP'] },
  { iso: 'ARS', names: ['argentine peso', 'argentine pesos', 'ars'], symbols: ['ARS'] },
  { iso: 'CLP', names: ['chilean peso', 'chilean pesos', 'clp'], symbols: ['CLP'] },
  { iso: 'PHP', names: ['philippine peso', 'philippine pesos'], symbols: ['₱', 'PHP'] },
  { iso: 'BRL', names: ['reais', 'brazilian real', 'brazilian reais', 'brl'], symbols: ['R$', 'BRL'] },
  { iso: 'VES', names: ['bolivar', 'bolivars', 'bolívar', 'bolívares', 'bolivares'], symbols: ['VES'] },
  { iso: 'ZAR', names: ['rand', 'south african rand', 'zar'], symbols: ['ZAR'] },
  { iso: 'MYR', names: ['ringgit', 'malaysian ringgit', 'myr'], symbols: ['RM', 'MYR'] },
  { iso: 'NGN', names: ['naira', 'ngn'], symbols: ['₦', 'NGN'] },
  { iso: 'RUB', names: ['ruble', 'rubles', 'rouble', 'roubles', 'rub'], symbols: ['₽', 'RUB'] },
  { iso: 'UAH', names: ['hryvnia', 'hryvnias', 'hryvnia', 'uah'], symbols: ['₴', 'UAH'] },
  { iso: 'TRY', names: ['lira', 'liras', 'turkish lira', 'turkish liras'], symbols: ['₺', 'TRY'] },
  { iso: 'CHF', names: ['franc', 'francs', 'swiss franc', 'swiss francs', 'chf'], symbols: ['CHF'] },
  { iso: 'KRW', names: ['korean won', 'south korean won', 'krw'], symbols: ['₩', 'KRW'], afterScale: ['won'] },
  { iso: 'ILS', names: ['shekel', 'shekels', 'new shekels', 'ils'], symbols: ['₪', 'ILS'] },
  { iso: 'EGP', names: ['egyptian pound', 'egyptian pounds', 'egp'], symbols: ['EGP'] },
  { iso: 'SAR', names: ['riyal', 'riyals', 'saudi riyals', 'sar'], symbols: ['SAR'] },
  { iso: 'AED', names: ['dirham', 'dirhams', 'aed'], symbols: ['AED'] },
  { iso: 'THB', names: ['baht', 'thb'], symbols: ['฿', 'THB'] },
  { iso: 'IDR', names: ['rupiah', 'idr'], symbols: ['Rp', 'IDR'] },
  { iso: 'VND', names: ['vietnamese dong'], symbols: ['₫', 'VND'], afterScale: ['dong'] },
  { iso: 'SEK', names: ['swedish krona', 'swedish kronor', 'sek'], symbols: ['SEK'] },
  { iso: 'NOK', names: ['norwegian krone', 'norwegian kroner', 'nok'], symbols: ['NOK'] },
  { iso: 'ISK', names: ['icelandic krona', 'icelandic kronur', 'isk'], symbols: ['ISK'] },
  { iso: 'DKK', names: ['danish krone', 'danish kroner', 'dkk'], symbols: ['DKK'] },
  { iso: 'PLN', names: ['zloty', 'zlotys', 'zlotych', 'pln'], symbols: ['zł', 'PLN'] },
  { iso: 'KES', names: ['kenyan shilling', 'kenyan shillings', 'kes'], symbols: ['KSh', 'KES'] },
  { iso: 'CRC', names: ['colón', 'colones', 'costa rican colón'], symbols: ['₡', 'CRC'] },
  { iso: 'GEL', names: ['lari', 'georgian lari'], symbols: ['₾', 'GEL'] },
  { iso: 'LAK', names: ['kip', 'lao kip'], symbols: ['₭', 'LAK'] },
  { iso: 'FIM', names: ['markka', 'markkaa', 'finnish markka', 'finnish markkaa'] },
  { iso: 'NLG', names: ['guilder', 'guilders', 'dutch guilder', 'dutch guilders', 'netherlands guilders'] },
  { iso: 'ESP', names: ['peseta', 'pesetas', 'spanish pesetas'] },
  { iso: 'FRF', names: ['french franc', 'french francs'] },
  { iso: 'DEM', names: ['deutsche mark', 'deutsche marks', 'deutschmark', 'deutschmarks', 'd-mark', 'd-marks'] },
  { iso: 'ITL', names: ['italian lira', 'italian lire', 'lire'] },
  { iso: 'BTC', names: ['bitcoin', 'bitcoins', 'btc'], symbols: ['₿', 'BTC'] },
];

/**
 * Symbols too short to read on their own: "R" is the rand only glued to an amount written as money is ("R8,000",
 * "R2.5m", "R500 million") or in text that names South Africa ("a loaf now sells for R20"), not in "R2" or "the
 * R40"; "kr" is a krone or a krona, told apart by the country the text around it names (the first listed when it
 * names none).
 */
export const GUARDED_SYMBOLS: ReadonlyMap<string, { readonly glued: boolean; readonly choices: ReadonlyArray<{ readonly iso: string; readonly cues: readonly string[] }> }> = new Map([
  ['R', { glued: true, choices: [{ iso: 'ZAR', cues: ['south africa', 'rand', 'johannesburg', 'cape town', 'soweto', 'durban', 'pretoria'] }] }],
  ['kr', { glued: false, choices: [{ iso: 'SEK', cues: ['swed', 'stockholm', 'gothenburg'] }, { iso: 'NOK', cues: ['norw', 'oslo', 'bergen'] }, { iso: 'DKK', cues: ['danish', 'denmark', 'copenhagen'] }, { iso: 'ISK', cues: ['iceland', 'reykjav'] }] }],
  ['kr.', { glued: false, choices: [{ iso: 'SEK', cues: ['swed', 'stockholm', 'gothenburg'] }, { iso: 'NOK', cues: ['norw', 'oslo', 'bergen'] }, { iso: 'DKK', cues: ['danish', 'denmark', 'copenhagen'] }, { iso: 'ISK', cues: ['iceland', 'reykjav'] }] }],
]);

/** Minor units: an amount in them is `factor` of the currency ("10 cents" → 0.10 USD). */
export const MINOR_UNITS: ReadonlyMap<string, { readonly iso: string; readonly factor: number }> = new Map([
  ['cent', { iso: 'USD', factor: 0.01 }], ['cents', { iso: 'USD', factor: 0.01 }], ['c', { iso: 'USD', factor: 0.01 }],
  ['¢', { iso: 'USD', factor: 0.01 }],
  ['dime', { iso: 'USD', factor: 0.1 }], ['dimes', { iso: 'USD', factor: 0.1 }],
  ['penny', { iso: 'GBP', factor: 0.01 }], ['pennies', { iso: 'GBP', factor: 0.01 }],
  ['pence', { iso: 'GBP', factor: 0.01 }], ['p', { iso: 'GBP', factor: 0.01 }],
  ['paise', { iso: 'INR', factor: 0.01 }], ['centavo', { iso: 'MXN', factor: 0.01 }], ['centavos', { iso: 'MXN', factor: 0.01 }],
  ['kopek', { iso: 'RUB', factor: 0.01 }], ['kopeks', { iso: 'RUB', factor: 0.01 }],
  ['satoshi', { iso: 'BTC', factor: 1e-8 }], ['satoshis', { iso: 'BTC', factor: 1e-8 }],
]);

/** Minor-unit surfaces read only when glued to the digits ("50p", "12c", "14.7¢"). */
export const GLUED_ONLY_MINOR: ReadonlySet<string> = new Set(['c', 'p']);
