/**
 * How the peer suites name units, mapped to claimgraph's canonical units. A mapping may scale the value
 * ("50 cents" is Recognizers' 50 Cent and claimgraph's 0.50 USD). Units not listed here match nothing.
 */
export interface UnitMapping {
  readonly unit: string;
  readonly factor?: number;
  readonly per?: string;
  /** claimgraph units the peer does not tell apart from `unit` (Recognizers' Ton is a short ton or a tonne) */
  readonly alike?: readonly string[];
}

const m = (unit: string, factor?: number, per?: string): UnitMapping => ({ unit, ...(factor ? { factor } : {}), ...(per ? { per } : {}) });

/** Recognizers-Text `resolution.unit` names (currency, dimension, age, temperature). */
export const RECOGNIZERS_UNITS: Readonly<Record<string, UnitMapping>> = {
  // currency: "$" and "dollars" are US dollars, as in claimgraph
  'Dollar': m('USD'), 'United States dollar': m('USD'), 'Canadian dollar': m('CAD'), 'Australian dollar': m('AUD'),
  'New Zealand dollar': m('NZD'), 'Hong Kong dollar': m('HKD'), 'Singapore dollar': m('SGD'), 'Euro': m('EUR'),
  'Pound': m('GBP'), 'British pound': m('GBP'), 'Pound sterling': m('GBP'), 'Japanese yen': m('JPY'), 'Chinese yuan': m('CNY'),
  'Rupee': m('INR'), 'Indian rupee': m('INR'), 'Sri Lankan rupee': m('LKR'), 'Pakistani rupee': m('PKR'),
  'Mexican peso': m('MXN'), 'Franc': m('CHF'), 'Swiss franc': m('CHF'), 'Finnish markka': m('FIM'), 'Peseta': m('ESP'),
  'Netherlands guilder': m('NLG'), 'Turkish lira': m('TRY'), 'Costa Rican colón': m('CRC'), 'Georgian lari': m('GEL'),
  'Lao kip': m('LAK'), 'Bitcoin': m('BTC'), 'Satoshi': m('BTC', 1e-8), 'Cent': m('USD', 0.01), 'Pence': m('GBP', 0.01),
  'Penny': m('GBP', 0.01), 'Russian ruble': m('RUB'), 'South African rand': m('ZAR'), 'Brazilian real': m('BRL'),
  'Korean won': m('KRW'), 'South Korean won': m('KRW'), 'Israeli new shekel': m('ILS'), 'Nigerian naira': m('NGN'),
  // dimension
  'Pound-mass': m('lb'), 'Ounce': m('oz'), 'Kilogram': m('kg'), 'Gram': m('g'), 'Milligram': m('mg'), 'Microgram': m('ug'),
  'Ton': { unit: 'ton', alike: ['t'] }, 'Metric ton': m('t'), 'Tonne': m('t'), 'Carat': m('ct'),
  'Millimeter': m('mm'), 'Centimeter': m('cm'), 'Decimeter': m('dm'), 'Meter': m('m'), 'Kilometer': m('km'),
  'Inch': m('in'), 'Foot': m('ft'), 'Yard': m('yd'), 'Mile': m('mi'), 'Nanometer': m('nm'), 'Micrometer': m('um'),
  'Square meter': m('m2'), 'Square kilometer': m('km2'), 'Square foot': m('ft2'), 'Square mile': m('mi2'),
  'Hectare': m('ha'), 'Acre': m('acre'),
  'Milliliter': m('ml'), 'Centiliter': m('cl'), 'Liter': m('l'), 'Cubic meter': m('m3'), 'Cubic foot': m('ft3'),
  'Gallon': m('gal'), 'Barrel': m('bbl'), 'Pint': m('pt'), 'Quart': m('qt'), 'Cup': m('cup'), 'Tablespoon': m('tbsp'),
  'Teaspoon': m('tsp'), 'Fluid ounce': m('fl_oz'),
  'Kilometer per hour': m('km/h'), 'Mile per hour': m('mph'), 'Meter per second': m('m/s'), 'Knot': m('kn'),
  'Bit': m('bit'), 'Byte': m('B'), 'Kilobit': m('kb'), 'Kilobyte': m('kB'), 'Megabit': m('Mb'), 'Megabyte': m('MB'),
  'Gigabit': m('Gb'), 'Gigabyte': m('GB'), 'Terabyte': m('TB'), 'Radian': m('rad'),
  // age and temperature ("age 87" resolves to the unit Age)
  'Year': m('year'), 'Month': m('month'), 'Week': m('week'), 'Day': m('day'), 'Age': m('year'),
  'C': m('degC'), 'F': m('degF'), 'K': m('K'), 'Degree': m('degree'),
};

/** Recognizers `Degree` in the dimension model is an angle. */
export const RECOGNIZERS_DIMENSION_OVERRIDES: Readonly<Record<string, UnitMapping>> = { 'Degree': m('deg'), 'Pound': m('lb') };

/** quantulum3 unit names. `dimensionless` is a count; a proportion is a dimensionless number too (see score.ts). */
export const QUANTULUM_UNITS: Readonly<Record<string, UnitMapping>> = {
  'dimensionless': m('count'), 'percentage': m('percent'), 'dozen': m('count', 12), 'gross': m('count', 144),
  'dollar': m('USD'), 'euro': m('EUR'), 'pound sterling': m('GBP'), 'cent': m('USD', 0.01), 'penny': m('GBP', 0.01),
  'dime': m('USD', 0.1), 'japanese yen': m('JPY'),
  'metre': m('m'), 'kilometre': m('km'), 'mile': m('mi'), 'inch': m('in'), 'foot': m('ft'), 'nanometre': m('nm'),
  'square kilometre': m('km2'), 'square mile': m('mi2'), 'cubic kilometre': m('km3'), 'cubic centimetre': m('ml'),
  'litre': m('l'), 'centilitre': m('cl'), 'gallon': m('gal'), 'cup': m('cup'), 'tablespoon': m('tbsp'),
  'milligram': m('mg'), 'kilogram': m('kg'), 'pound-mass': m('lb'), 'tonne': m('t'),
  'year': m('year'), 'month': m('month'), 'week': m('week'), 'day': m('day'), 'hour': m('h'), 'minute': m('min'),
  'degree Celsius': m('degC'), 'degree fahrenheit': m('degF'), 'degree Fahrenheit': m('degF'), 'kelvin': m('K'),
  'electronvolt': m('eV'), 'teraelectronvolt': m('TeV'), 'watt': m('W'), 'watt hour': m('Wh'), 'megawatt hour': m('MWh'),
  'gigahertz': m('GHz'), 'bit': m('bit'), 'byte': m('B'), 'megabyte': m('MB'), 'exabyte': m('EB'),
  'kilometre per hour': m('km/h'), 'british thermal unit': m('Btu'), 'kilobit per second': m('kb', 1, 's'),
  'count per week': m('times', 1, 'week'), 'dollar per hour': m('USD', 1, 'h'), 'dollar per kilogram': m('USD', 1, 'kg'),
};
