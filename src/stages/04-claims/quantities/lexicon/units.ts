/**
 * Units of measure as data. Each row gives the canonical unit, its dimension, the factor (and offset) to the
 * SI unit, and its surface forms: `words` match in any case, `abbr` only as written, `glued` only when they
 * touch the digits ("10kg", "50p"). Spaces inside a form match any run of spaces.
 */
export interface UnitRow {
  readonly unit: string;
  readonly dimension: string;
  /** SI value = value × factor + offset, in `siUnit`; factor null when there is no SI reading */
  readonly siUnit: string | null;
  readonly factor: number | null;
  readonly offset?: number;
  readonly words?: readonly string[];
  readonly abbr?: readonly string[];
  readonly glued?: readonly string[];
}

const u = (
  unit: string, dimension: string, siUnit: string | null, factor: number | null,
  forms: { words?: string[]; abbr?: string[]; glued?: string[]; offset?: number },
): UnitRow => ({ unit, dimension, siUnit, factor, ...forms });

export const MEASURE_UNITS: readonly UnitRow[] = [
  // mass → kg
  u('mg', 'mass', 'kg', 1e-6, { words: ['milligram', 'milligrams', 'milligramme', 'milligrammes'], abbr: ['mg', 'mgs'] }),
  u('ug', 'mass', 'kg', 1e-9, { words: ['microgram', 'micrograms', 'microgramme', 'microgrammes'], abbr: ['μg', 'µg', 'mcg'] }),
  u('g', 'mass', 'kg', 1e-3, { words: ['gram', 'grams', 'gramme', 'grammes'], abbr: ['g', 'gr', 'gms'] }),
  u('kg', 'mass', 'kg', 1, { words: ['kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilo', 'kilos'], abbr: ['kg', 'kgs', 'Kg', 'KG'] }),
  u('t', 'mass', 'kg', 1000, { words: ['tonne', 'tonnes', 'metric ton', 'metric tons', 'metric tonne', 'metric tonnes'], abbr: ['t', 'mt'] }),
  u('ton', 'mass', 'kg', 907.18474, { words: ['ton', 'tons', 'short ton', 'short tons'] }),
  u('lb', 'mass', 'kg', 0.45359237, { words: ['pound', 'pounds'], abbr: ['lb', 'lbs', 'lb.', 'lbs.', 'Lbs', 'LBS'] }),
  u('oz', 'mass', 'kg', 0.028349523125, { words: ['ounce', 'ounces'], abbr: ['oz', 'oz.'] }),
  u('ct', 'mass', 'kg', 0.0002, { words: ['carat', 'carats'] }),
  // length → m
  u('pm', 'length', 'm', 1e-12, { words: ['picometer', 'picometers', 'picometre', 'picometres'] }),
  u('nm', 'length', 'm', 1e-9, { words: ['nanometer', 'nanometers', 'nanometre', 'nanometres'], abbr: ['nm'] }),
  u('um', 'length', 'm', 1e-6, { words: ['micrometer', 'micrometers', 'micrometre', 'micrometres', 'micron', 'microns'], abbr: ['μm', 'µm'] }),
  u('mm', 'length', 'm', 1e-3, { words: ['millimeter', 'millimeters', 'millimetre', 'millimetres'], abbr: ['mm'] }),
  u('cm', 'length', 'm', 1e-2, { words: ['centimeter', 'centimeters', 'centimetre', 'centimetres'], abbr: ['cm', 'cms'] }),
  u('dm', 'length', 'm', 1e-1, { words: ['decimeter', 'decimeters', 'decimetre', 'decimetres'], abbr: ['dm'] }),
  u('m', 'length', 'm', 1, { words: ['meter', 'meters', 'metre', 'metres'], abbr: ['m'] }),
  u('km', 'length', 'm', 1000, { words: ['kilometer', 'kilometers', 'kilometre', 'kilometres'], abbr: ['km', 'kms', 'Km', 'KM'] }),
  u('in', 'length', 'm', 0.0254, { words: ['inch', 'inches'], abbr: ['in', 'in.', '″'] }),
  u('ft', 'length', 'm', 0.3048, { words: ['foot', 'feet'], abbr: ['ft', 'ft.', '′'] }),
  u('yd', 'length', 'm', 0.9144, { words: ['yard', 'yards'], abbr: ['yd', 'yds'] }),
  u('mi', 'length', 'm', 1609.344, { words: ['mile', 'miles'], abbr: ['mi', 'mi.'] }),
  u('nmi', 'length', 'm', 1852, { words: ['nautical mile', 'nautical miles'] }),
  // area → m2
  u('m2', 'area', 'm2', 1, { words: ['square meter', 'square meters', 'square metre', 'square metres', 'sq m', 'sq. m'], abbr: ['m2', 'm²', 'm^2'] }),
  u('km2', 'area', 'm2', 1e6, { words: ['square kilometer', 'square kilometers', 'square kilometre', 'square kilometres', 'sq km', 'sq. km', 'sq kms', 'km squared'], abbr: ['km2', 'km²', 'km^2'] }),
  u('ft2', 'area', 'm2', 0.09290304, { words: ['square foot', 'square feet', 'sq ft', 'sq. ft', 'sq. ft.'], abbr: ['ft2', 'ft²'] }),
  u('mi2', 'area', 'm2', 2589988.110336, { words: ['square mile', 'square miles', 'sq mi', 'sq. mi', 'sq. mi.'], abbr: ['mi2', 'mi²'] }),
  u('ha', 'area', 'm2', 1e4, { words: ['hectare', 'hectares'], abbr: ['ha'] }),
  u('acre', 'area', 'm2', 4046.8564224, { words: ['acre', 'acres'] }),
  // volume → m3
  u('ml', 'volume', 'm3', 1e-6, { words: ['milliliter', 'milliliters', 'millilitre', 'millilitres'], abbr: ['ml', 'mL', 'ML'] }),
  u('cl', 'volume', 'm3', 1e-5, { words: ['centiliter', 'centiliters', 'centilitre', 'centilitres'], abbr: ['cl', 'cL'] }),
  u('l', 'volume', 'm3', 1e-3, { words: ['liter', 'liters', 'litre', 'litres'], abbr: ['L', 'l', 'ltr'] }),
  u('m3', 'volume', 'm3', 1, { words: ['cubic meter', 'cubic meters', 'cubic metre', 'cubic metres'], abbr: ['m3', 'm³', 'm^3'] }),
  u('km3', 'volume', 'm3', 1e9, { words: ['cubic kilometer', 'cubic kilometers', 'cubic kilometre', 'cubic kilometres', 'km cubed'], abbr: ['km3', 'km³', 'km^3'] }),
  u('ft3', 'volume', 'm3', 0.028316846592, { words: ['cubic foot', 'cubic feet', 'cu ft', 'cu. ft.'], abbr: ['ft3', 'ft³'] }),
  u('gal', 'volume', 'm3', 0.003785411784, { words: ['gallon', 'gallons'], abbr: ['gal', 'gals'] }),
  u('bbl', 'volume', 'm3', 0.158987294928, { words: ['barrel', 'barrels'], abbr: ['bbl', 'bbls'] }),
  u('pt', 'volume', 'm3', 0.000473176473, { words: ['pint', 'pints'] }),
  u('qt', 'volume', 'm3', 0.000946352946, { words: ['quart', 'quarts'] }),
  u('cup', 'volume', 'm3', 0.0002365882365, { words: ['cup', 'cups'] }),
  u('tbsp', 'volume', 'm3', 1.478676478125e-5, { words: ['tablespoon', 'tablespoons'], abbr: ['tbsp', 'tbsp.', 'Tbsp'] }),
  u('tsp', 'volume', 'm3', 4.92892159375e-6, { words: ['teaspoon', 'teaspoons'], abbr: ['tsp', 'tsp.'] }),
  u('fl_oz', 'volume', 'm3', 2.95735295625e-5, { words: ['fluid ounce', 'fluid ounces', 'fl oz', 'fl. oz.'] }),
  // speed → m/s
  u('km/h', 'speed', 'm/s', 1 / 3.6, { words: ['kilometers per hour', 'kilometres per hour', 'kilometers an hour', 'kilometres an hour', 'kilometer per hour', 'kilometre per hour', 'km per hour', 'km an hour'], abbr: ['km/h', 'km/hr', 'kmh', 'kph', 'kmph', 'KPH'] }),
  u('mph', 'speed', 'm/s', 0.44704, { words: ['miles per hour', 'miles an hour', 'mile per hour', 'mile an hour'], abbr: ['mph', 'MPH', 'mi/h'] }),
  u('m/s', 'speed', 'm/s', 1, { words: ['meters per second', 'metres per second', 'meter per second', 'metre per second'], abbr: ['m/s'] }),
  u('km/s', 'speed', 'm/s', 1000, { words: ['kilometers per second', 'kilometres per second'], abbr: ['km/s'] }),
  u('kn', 'speed', 'm/s', 0.514444, { words: ['knot', 'knots'] }),
  // information → byte
  u('bit', 'information', 'B', 0.125, { words: ['bit', 'bits'] }),
  u('B', 'information', 'B', 1, { words: ['byte', 'bytes'] }),
  u('kB', 'information', 'B', 1e3, { words: ['kilobyte', 'kilobytes'], abbr: ['kB', 'KB'] }),
  u('kb', 'information', 'B', 125, { words: ['kilobit', 'kilobits'], abbr: ['kb', 'Kb', 'kbit'] }),
  u('MB', 'information', 'B', 1e6, { words: ['megabyte', 'megabytes'], abbr: ['MB', 'MByte'] }),
  u('Mb', 'information', 'B', 1.25e5, { words: ['megabit', 'megabits'], abbr: ['Mb', 'mb', 'Mbit'] }),
  u('GB', 'information', 'B', 1e9, { words: ['gigabyte', 'gigabytes'], abbr: ['GB'] }),
  u('Gb', 'information', 'B', 1.25e8, { words: ['gigabit', 'gigabits'], abbr: ['Gb', 'gb'] }),
  u('TB', 'information', 'B', 1e12, { words: ['terabyte', 'terabytes'], abbr: ['TB'] }),
  u('PB', 'information', 'B', 1e15, { words: ['petabyte', 'petabytes'], abbr: ['PB'] }),
  u('EB', 'information', 'B', 1e18, { words: ['exabyte', 'exabytes'], abbr: ['EB'] }),
  // energy → J, power → W, frequency → Hz
  u('J', 'energy', 'J', 1, { words: ['joule', 'joules'], abbr: ['J'] }),
  u('kJ', 'energy', 'J', 1e3, { words: ['kilojoule', 'kilojoules'], abbr: ['kJ'] }),
  u('MJ', 'energy', 'J', 1e6, { words: ['megajoule', 'megajoules'], abbr: ['MJ'] }),
  u('kcal', 'energy', 'J', 4184, { words: ['kilocalorie', 'kilocalories'], abbr: ['kcal'] }),
  u('cal', 'energy', 'J', 4.184, { words: ['calorie', 'calories'], abbr: ['cal'] }),
  u('Wh', 'energy', 'J', 3600, { words: ['watt hour', 'watt hours', 'watt-hour', 'watt-hours'], abbr: ['Wh'] }),
  u('kWh', 'energy', 'J', 3.6e6, { words: ['kilowatt hour', 'kilowatt hours', 'kilowatt-hour', 'kilowatt-hours'], abbr: ['kWh', 'KWh', 'kwh'] }),
  u('MWh', 'energy', 'J', 3.6e9, { words: ['megawatt hour', 'megawatt hours', 'megawatt-hour', 'megawatt-hours'], abbr: ['MWh'] }),
  u('GWh', 'energy', 'J', 3.6e12, { words: ['gigawatt hour', 'gigawatt hours', 'gigawatt-hour', 'gigawatt-hours'], abbr: ['GWh'] }),
  u('TWh', 'energy', 'J', 3.6e15, { words: ['terawatt hour', 'terawatt hours', 'terawatt-hour', 'terawatt-hours'], abbr: ['TWh'] }),
  u('eV', 'energy', 'J', 1.602176634e-19, { words: ['electronvolt', 'electronvolts', 'electron volt', 'electron volts'], abbr: ['eV'] }),
  u('MeV', 'energy', 'J', 1.602176634e-13, { abbr: ['MeV'] }),
  u('GeV', 'energy', 'J', 1.602176634e-10, { abbr: ['GeV'] }),
  u('TeV', 'energy', 'J', 1.602176634e-7, { abbr: ['TeV'] }),
  u('Btu', 'energy', 'J', 1055.05585, { words: ['british thermal unit', 'british thermal units'], abbr: ['Btu', 'BTU'] }),
  u('W', 'power', 'W', 1, { words: ['watt', 'watts'], abbr: ['W'] }),
  u('kW', 'power', 'W', 1e3, { words: ['kilowatt', 'kilowatts'], abbr: ['kW', 'KW'] }),
  u('MW', 'power', 'W', 1e6, { words: ['megawatt', 'megawatts'], abbr: ['MW'] }),
  u('GW', 'power', 'W', 1e9, { words: ['gigawatt', 'gigawatts'], abbr: ['GW'] }),
  u('TW', 'power', 'W', 1e12, { words: ['terawatt', 'terawatts'], abbr: ['TW'] }),
  u('hp', 'power', 'W', 745.699872, { words: ['horsepower', 'brake horsepower'], abbr: ['hp', 'bhp', 'HP', 'BHP'] }),
  u('PS', 'power', 'W', 735.49875, { words: ['metric horsepower'], abbr: ['PS'] }),
  // data rate → bit/s
  u('kbps', 'data rate', 'bit/s', 1e3, { words: ['kilobits per second', 'kilobit per second'], abbr: ['kbps', 'Kbps', 'kbit/s', 'kb/s'] }),
  u('Mbps', 'data rate', 'bit/s', 1e6, { words: ['megabits per second', 'megabit per second'], abbr: ['Mbps', 'mbps', 'Mbit/s', 'Mb/s'] }),
  u('Gbps', 'data rate', 'bit/s', 1e9, { words: ['gigabits per second', 'gigabit per second'], abbr: ['Gbps', 'gbps', 'Gbit/s', 'Gb/s'] }),
  // electric charge → C, potential → V
  u('mAh', 'charge', 'C', 3.6, { words: ['milliamp hours', 'milliamp-hours', 'milliampere hours'], abbr: ['mAh'] }),
  u('Ah', 'charge', 'C', 3600, { words: ['amp hours', 'amp-hours', 'ampere hours'], abbr: ['Ah'] }),
  u('V', 'voltage', 'V', 1, { words: ['volt', 'volts'], abbr: ['V'] }),
  u('kV', 'voltage', 'V', 1e3, { words: ['kilovolt', 'kilovolts'], abbr: ['kV'] }),
  // pressure → Pa
  u('Pa', 'pressure', 'Pa', 1, { words: ['pascal', 'pascals'], abbr: ['Pa'] }),
  u('kPa', 'pressure', 'Pa', 1e3, { words: ['kilopascal', 'kilopascals'], abbr: ['kPa'] }),
  u('MPa', 'pressure', 'Pa', 1e6, { words: ['megapascal', 'megapascals'], abbr: ['MPa'] }),
  u('GPa', 'pressure', 'Pa', 1e9, { words: ['gigapascal', 'gigapascals'], abbr: ['GPa'] }),
  u('bar', 'pressure', 'Pa', 1e5, { words: ['bar', 'bars'] }),
  u('mbar', 'pressure', 'Pa', 100, { words: ['millibar', 'millibars'], abbr: ['mbar'] }),
  u('psi', 'pressure', 'Pa', 6894.757293168, { words: ['pounds per square inch'], abbr: ['psi'] }),
  // concentration, rotation, loudness: no SI reading a newsroom compares across
  u('ppm', 'concentration', null, null, { words: ['parts per million'], abbr: ['ppm'] }),
  u('ppb', 'concentration', null, null, { words: ['parts per billion'], abbr: ['ppb'] }),
  u('rpm', 'rotation', null, null, { words: ['revolutions per minute'], abbr: ['rpm', 'RPM'] }),
  u('dB', 'loudness', null, null, { words: ['decibel', 'decibels'], abbr: ['dB', 'dBA'] }),
  u('Hz', 'frequency', 'Hz', 1, { words: ['hertz'], abbr: ['Hz'] }),
  u('kHz', 'frequency', 'Hz', 1e3, { words: ['kilohertz'], abbr: ['kHz'] }),
  u('MHz', 'frequency', 'Hz', 1e6, { words: ['megahertz'], abbr: ['MHz'] }),
  u('GHz', 'frequency', 'Hz', 1e9, { words: ['gigahertz'], abbr: ['GHz'] }),
  // angle → rad
  u('rad', 'angle', 'rad', 1, { words: ['radian', 'radians'], abbr: ['rad'] }),
];

/** Durations → seconds. A month is 1/12 of a Gregorian year. */
export const DURATION_UNITS: readonly UnitRow[] = [
  u('ms', 'duration', 's', 1e-3, { words: ['millisecond', 'milliseconds'], abbr: ['ms', 'msec'] }),
  u('s', 'duration', 's', 1, { words: ['second', 'seconds'], abbr: ['sec', 'secs'] }),
  u('min', 'duration', 's', 60, { words: ['minute', 'minutes'], abbr: ['min', 'mins'] }),
  u('h', 'duration', 's', 3600, { words: ['hour', 'hours'], abbr: ['hr', 'hrs', 'h'] }),
  u('day', 'duration', 's', 86400, { words: ['day', 'days'] }),
  u('week', 'duration', 's', 604800, { words: ['week', 'weeks'], abbr: ['wk', 'wks'] }),
  u('month', 'duration', 's', 2629746, { words: ['month', 'months'], abbr: ['mos'] }),
  u('year', 'duration', 's', 31556952, { words: ['year', 'years'], abbr: ['yr', 'yrs'] }),
  u('decade', 'duration', 's', 315569520, { words: ['decade', 'decades'] }),
  u('century', 'duration', 's', 3155695200, { words: ['century', 'centuries'] }),
];

/** Temperatures → kelvin. Bare "degrees" has no scale: unit `degree`, no SI value. */
export const TEMPERATURE_UNITS: readonly UnitRow[] = [
  u('degC', 'temperature', 'K', 1, {
    offset: 273.15,
    words: ['degrees celsius', 'degree celsius', 'deg celsius', 'deg. celsius', 'degrees centigrade', 'degree centigrade',
      'celsius', 'celcius', 'centigrade', 'degrees c', 'degree c', 'deg c', 'deg. c', '° celsius', '°c', 'ºc', '° c', '℃'],
    abbr: ['C'],
  }),
  u('degF', 'temperature', 'K', 5 / 9, {
    offset: 459.67 * 5 / 9,
    words: ['degrees fahrenheit', 'degree fahrenheit', 'deg fahrenheit', 'deg. fahrenheit', 'fahrenheit', 'farenheit',
      'degrees farenheit', 'degree farenheit', 'degrees f', 'degree f', 'deg f', 'deg. f', '° fahrenheit', '°f', 'ºf', '° f', '℉'],
    abbr: ['F'],
  }),
  u('K', 'temperature', 'K', 1, { words: ['kelvin', 'kelvins', 'degrees kelvin'] }),
  u('degree', 'temperature', null, null, { words: ['degrees', 'degree', 'deg', 'deg.', '°', 'º'] }),
];

export const PERCENT_UNITS: readonly UnitRow[] = [
  u('percent', 'percent', null, null, { words: ['percent', 'per cent', 'per-cent', 'percents', 'percentage', 'pct', '%', '％', 'wt%', 'wt.%', 'vol%', 'mol%'], glued: ['pc'] }),
  u('percentage_point', 'percentage_point', null, null, {
    words: ['percentage point', 'percentage points', 'percentage-point', 'percent point', 'percent points', 'pct point', 'pct points', 'pct pts', 'ppt', 'ppts'],
    abbr: ['pp'],
  }),
  u('basis_point', 'percentage_point', null, null, { words: ['basis point', 'basis points', 'bps'], abbr: ['bp'] }),
  // points of an index, a poll lead or a score: "shed 120 points", "a 10-point lead"
  u('point', 'point', null, null, { words: ['point', 'points', 'pts'] }),
];

/** Multiples: "100 times", "3-fold", "10x". */
export const MULTIPLE_UNITS: readonly UnitRow[] = [
  u('times', 'ratio', null, null, { words: ['times', 'fold'], glued: ['x', '×'] }),
];

/**
 * Short forms that are also common words or letters. After a space they read as a unit only when what follows
 * ends the phrase: `strict` forms need the end, punctuation, "of" or a measuring word ("2 in thick", not "2 in
 * the morning"); `lenient` forms also accept any lower-case word ("30 C outside").
 */
export const GUARDED_FORMS: ReadonlyMap<string, 'strict' | 'lenient' | 'temperature'> = new Map([
  ['in', 'strict'], ['in.', 'strict'], ['mt', 'strict'], ['pt', 'strict'], ['cal', 'strict'], ['rad', 'strict'],
  ['bp', 'strict'], ['pp', 'strict'],
  ['l', 'lenient'], ['t', 'lenient'], ['g', 'lenient'], ['ha', 'lenient'], ['J', 'lenient'], ['W', 'lenient'],
  ['L', 'lenient'], ['B', 'lenient'], ['C', 'temperature'], ['F', 'temperature'],
]);

/**
 * Words that may follow a temperature written with a bare letter ("30C in London", "90 F today"); any other
 * word makes the letter part of a name or code ("13F filing", "Boeing 777F to").
 */
export const AFTER_TEMPERATURE_LETTER: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'and', 'or', 'with', 'by', 'this', 'today', 'yesterday', 'tomorrow', 'last', 'outside',
  'inside', 'during', 'for', 'from', 'across', 'as', 'while', 'when', 'but', 'is', 'was', 'were', 'are', 'will',
  'degrees', 'overnight', 'tonight', 'than', 'after', 'before', 'since',
]);

/** Words that may follow a strictly guarded unit: "2 in thick", "10 g of sugar". */
export const MEASURING_WORDS: ReadonlySet<string> = new Set([
  'of', 'thick', 'long', 'wide', 'tall', 'high', 'deep', 'across', 'away', 'diameter', 'in', 'per', 'each', 'apiece',
]);

/**
 * Words after a glued lower-case "m" that make it metres ("1.8m tall"); before any other word it is millions
 * ("10m people"), and at the end of a phrase metres ("outreach is 48m").
 */
export const LENGTH_CUES: ReadonlySet<string> = new Set([
  'tall', 'long', 'high', 'wide', 'deep', 'thick', 'away', 'below', 'above', 'under', 'across', 'from', 'in', 'of',
  'sprint', 'race', 'hurdles', 'freestyle', 'backstroke', 'breaststroke', 'butterfly', 'relay', 'radius',
  'diameter', 'wall', 'walls', 'stretch', 'section', 'tower', 'drop', 'fall', 'is', 'are', 'was', 'were',
]);

/** Forms that need to touch the digits: "5′", "10″", "5h". */
export const GLUED_ONLY_FORMS: ReadonlySet<string> = new Set(['′', '″', 'h', 'gr']);

/** Words after a quantity that make a bare "degrees" an angle rather than a temperature. */
export const ANGLE_CUES: ReadonlySet<string> = new Set(['angle', 'angles', 'turn', 'turns', 'rotate', 'rotated', 'rotation', 'tilt', 'tilted', 'latitude', 'longitude', 'north', 'south', 'east', 'west']);
