import { links, type TestPage, texts } from './page-kit.js';
import { libraryEvent } from './pages-heldout19-e2.js';

/**
 * Held-out batch 19, file e: a National Weather Service-style area forecast discussion in a modern HTML rendering (the
 * weather.gov header and nav, the office name and links, product selector, "Issued at" lines, headed sections (KEY
 * MESSAGES, SHORT TERM, LONG TERM, AVIATION), the "WATCHES/WARNINGS/ADVISORIES" block, forecaster initials, and the
 * footer). The public library event page is in pages-heldout19-e2.ts.
 */
const nwTitle = 'Area Forecast Discussion - National Weather Service Duluth MN';
const nwKey = [
  'Lake-effect snow develops along the North Shore tonight and continues into Thursday, with 4 to 8 inches likely in the higher ' +
    'terrain above Grand Marais.',
  'Much colder air arrives Friday, with wind chills of 20 to 30 below zero across the Arrowhead by Saturday morning.',
];
const nwShort = [
  'A sharp upper-level trough swings across the Upper Midwest today, dragging a cold front through the region by early afternoon. ' +
    'Northeast winds behind the front will turn the lake on, and the air over Lake Superior is now about 18 degrees colder than ' +
    'the water, more than enough for bands of lake-effect snow.',
  'The bands should set up along the shore from Silver Bay to Grand Portage after midnight. Snowfall rates of an inch an hour are ' +
    'possible in the strongest band, which models place near the Sawtooth Mountains.',
];
const nwLong = [
  'An arctic high settles over Manitoba Friday and slides south through the weekend. Lows Saturday morning will fall to 15 to 25 ' +
    'below inland, and a light northwest wind is enough to bring wind chills into the advisory range.',
  'Temperatures moderate early next week as the high moves east, but the models disagree on a clipper system Tuesday, so snow ' +
    'chances are kept low for now.',
];
const nwAviation = [
  'VFR conditions at most terminals this morning will fall to MVFR in snow showers this afternoon. IFR is likely at DLH after ' +
    '06Z as lake-effect snow moves inland on northeast winds of 10 to 15 knots.',
];
const nwIssued = ['Issued at 3:45 AM CST Wed Dec 3 2025', 'Issued at 5:40 AM CST Wed Dec 3 2025'];
const nwNav = ['HOME', 'FORECAST', 'PAST WEATHER', 'SAFETY', 'INFORMATION', 'EDUCATION', 'NEWS', 'SEARCH', 'ABOUT'];
const nwOffice = [
  'Local Forecast Office',
  'Current Hazards',
  'Current Conditions',
  'Radar',
  'Forecasts',
  'Rivers and Lakes',
  'Climate and Past Weather',
  'Local Programs',
];
const nwFoot = [
  'US Dept of Commerce',
  'National Oceanic and Atmospheric Administration',
  'National Weather Service',
  'Duluth, MN',
  '5027 Miller Trunk Highway',
  'Duluth, MN 55811-1442',
  '218-729-6697',
  'Comments? Questions? Please Contact Us.',
  'Disclaimer',
  'Information Quality',
  'Help',
  'Glossary',
  'Privacy Policy',
  'Freedom of Information Act (FOIA)',
  'About Us',
  'Career Opportunities',
];
const sec = (h: string, paras: readonly string[], issued = ''): string =>
  `<section class="afd-section"><h3 class="afd-section-title">${h}</h3>${issued === '' ? '' : `<p class="afd-issued">${issued}</p>`}
${paras.map((p) => `<p class="afd-text">${p}</p>`).join('\n')}</section>`;
const nwHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${nwTitle}</title></head>
<body><div class="header"><a href="https://www.weather.example" class="header-nws">National Weather Service</a><div class="header-shadow"></div></div>
<div class="header-nav"><ul id="topnav">${links(nwNav, 'dropdown')}</ul></div>
<div class="center"><div class="partial-width-borderbottom"><div id="location-search"><label>Local forecast by "City, St" or ZIP code</label>
<input type="text" placeholder="Enter location"><button>Go</button></div>
<div id="office-name"><h1 class="office">Duluth, MN</h1></div></div>
<div class="one-sixth-first"><div id="leftnav"><ul class="menu">${links(nwOffice)}</ul></div></div>
<div class="five-sixth-last"><main id="content"><h2 class="product-title">${nwTitle}</h2>
<form class="product-select"><label>Versions:</label><select><option>1</option><option>2</option></select><button>Go</button>
<a href="?format=txt">Text version</a><a href="?glossary=1">Glossary on</a></form>
<div class="afd-header"><p>FXUS63 KDLH 031140</p><p>AFDDLH</p>
<p class="afd-issuance">Area Forecast Discussion<br>National Weather Service Duluth MN<br>540 AM CST Wed Dec 3 2025</p></div>
${sec(
  'KEY MESSAGES',
  nwKey.map((t) => `- ${t}`),
  nwIssued[0],
)}
${sec('UPDATE', ['Made minor changes to snow totals near Grand Portage based on the latest radar. No other changes.'], nwIssued[1])}
${sec('SHORT TERM /Today through Thursday/', nwShort, nwIssued[0])}
${sec('LONG TERM /Thursday night through Tuesday/', nwLong, nwIssued[0])}
${sec('AVIATION /12Z TAFS THROUGH 12Z THURSDAY/', nwAviation, nwIssued[1])}
<section class="afd-section afd-wwa"><h3 class="afd-section-title">DLH WATCHES/WARNINGS/ADVISORIES</h3>
<p>MN...Winter Weather Advisory from 6 PM this evening to noon CST Thursday for MNZ020-021.</p><p>WI...None.</p>
<p>LS...Gale Warning until 6 PM CST this evening for LSZ140&gt;148.</p></section>
<div class="afd-forecasters"><p>UPDATE...JDS</p><p>DISCUSSION...Kowalczyk</p><p>AVIATION...JDS</p></div></main></div></div>
<footer class="footer"><ul>${links(nwFoot)}</ul></footer></body></html>`;
const nwsAfd: TestPage = {
  html: nwHtml,
  name: 'heldout19-nws-forecast-discussion',
  kind: 'docs',
  // the product's discussion text is the article: the key-message items (their "- " marks are list marks, out of the gold
  // since session 14), the update line and
  // the short term, long term and aviation paragraphs are body, the five section titles the headings; the "Issued at" lines
  // (each twice or more, once) are the product's dates: bylines, as are the forecaster lines; the product header codes, the
  // issuance block, the watches/warnings block (a fixed list, not prose), the office name, the product selector, nav, office
  // links and footer are furniture; the office menu's "Climate and Past Weather" contains the nav's "PAST WEATHER": both kept;
  // the header's and footer's "National Weather Service", the office name "Duluth, MN" and the nav's "FORECAST" are words of
  // the title, "ABOUT" and "Radar" words of the body: left out
  title: nwTitle,
  headings: [
    'KEY MESSAGES',
    'UPDATE',
    'SHORT TERM /Today through Thursday/',
    'LONG TERM /Thursday night through Tuesday/',
    'AVIATION /12Z TAFS THROUGH 12Z THURSDAY/',
  ],
  body: [
    ...nwKey,
    'Made minor changes to snow totals near Grand Portage based on the latest radar. No other changes.',
    ...texts(nwShort),
    ...texts(nwLong),
    ...texts(nwAviation),
  ],
  bylines: [...nwIssued, 'UPDATE...JDS', 'DISCUSSION...Kowalczyk', 'AVIATION...JDS'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nwNav.filter((t) => t !== 'FORECAST' && t !== 'ABOUT'), 'Local forecast by "City, St" or ZIP code', 'Go',
    ...nwOffice.filter((t) => t !== 'Radar'), 'Versions:', 'Text version', 'Glossary on', 'FXUS63 KDLH 031140',
    'AFDDLH', 'DLH WATCHES/WARNINGS/ADVISORIES',
    'MN...Winter Weather Advisory from 6 PM this evening to noon CST Thursday for MNZ020-021.', 'WI...None.',
    'LS...Gale Warning until 6 PM CST this evening for LSZ140>148.',
    ...nwFoot.filter((t) => t !== 'National Weather Service' && t !== 'Duluth, MN'),
  ],
};

export const HELDOUT19_E: readonly TestPage[] = [nwsAfd, libraryEvent];
