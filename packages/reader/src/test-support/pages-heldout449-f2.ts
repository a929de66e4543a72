import { type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout449-kit.js';

/**
 * Held-out batch 449, file f2: a CV exported from Notion as HTML ("page sans" article with the long inline stylesheet of
 * the export, the page icon, the properties table with Created, Last edited and Tags, block ids on every element, a
 * callout, bulleted lists, a simple table with a header row, a toggle and dividers).
 */
const title = 'Halvard Ngozi-Brandt — CV';
const h = [
  'Profile',
  'Experience',
  'Operations Manager · Sollia Community Energy',
  'Project Coordinator · Vindtun Cooperative',
  'Education',
  'Languages',
  'References',
];
const profile = [
  j(
    'Operations manager for community-owned energy. I have spent eight years helping villages and housing cooperatives build,',
    'finance and run their own solar and wind projects, and I am happiest when a spreadsheet turns into a working turbine.',
  ),
];
const callout = 'Looking for: operations or programme lead roles in community energy, from August 2026. Based in Trondvik, open to hybrid.';
const job1 = ['2021 – present · Trondvik'];
const job1List = [
  'Run day-to-day operations for 14 solar and 3 small wind installations owned by 2,300 member households.',
  'Negotiated a new maintenance contract that cut annual costs by 18% while adding a four-hour response guarantee.',
  'Set up monthly open meetings where members can read the generation figures and ask the board questions.',
  'Manage a team of four and a yearly budget of about 1.1 million kroner.',
];
const job2 = ['2017 – 2021 · Hallingby'];
const job2List = [
  'Coordinated the planning application for the cooperative’s first turbine, including eleven public consultation evenings.',
  'Wrote the share offer that raised 6.4 million kroner from 900 local investors.',
  'Kept the project on schedule through two appeals and one very wet autumn.',
];
const edu = ['MSc Energy Systems Planning, University of Lindqvist, 2017', 'BA Economics and Geography, Vesterby University College, 2015'];
const langRows: [string, string][] = [
  ['Norwegian', 'Native'],
  ['English', 'Fluent, professional'],
  ['German', 'Good working knowledge'],
  ['Igbo', 'Conversational'],
];
const refs = 'References from the Sollia board chair and the Vindtun project director are available on request.';
const id = (n: number): string => `1f3c8a2e-77b4-80${n.toString().padStart(2, '0')}-9c1d-e4a0b5f6${n.toString().padStart(4, '0')}`;
const p = (n: number, t: string): string => `<p id="${id(n)}" class="">${t}</p>`;
const ul = (n: number, items: readonly string[]): string =>
  items.map((t, i) => `<ul id="${id(n + i)}" class="bulleted-list"><li style="list-style-type:disc">${t}</li></ul>`).join('');
const h2 = (n: number, t: string): string => `<h2 id="${id(n)}" class="">${t}</h2>`;
const h3 = (n: number, t: string): string => `<h3 id="${id(n)}" class="">${t}</h3>`;
const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>${title}</title><style>
/* cspell:disable-file */
/* webkit printing magic: print all background colors */
html { -webkit-print-color-adjust: exact; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; }
html, body { margin: 0; padding: 0; }
@media only screen { body { margin: 2em auto; max-width: 900px; color: rgb(55, 53, 47); } }
body { line-height: 1.5; white-space: pre-wrap; }
a, a.visited { color: inherit; text-decoration: underline; }
h1, h2, h3 { letter-spacing: -0.01em; line-height: 1.2; font-weight: 600; margin-bottom: 0; }
.page-title { font-size: 2.5rem; font-weight: 700; margin-top: 0; margin-bottom: 0.75em; }
table, th, td { border: 1px solid rgba(55, 53, 47, 0.09); border-collapse: collapse; }
.callout { border-radius: 4px; padding: 1rem; }
.simple-table-header { background: rgb(247, 246, 243); font-weight: 500; }
.select-value-color-blue { background-color: rgba(35, 131, 226, .07); }
.sans { font-family: ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, sans-serif; }
</style></head><body><article id="1f3c8a2e-77b4-8000-9c1d-e4a0b5f60000" class="page sans"><header><div class="page-header-icon undefined"><span
class="icon">🧭</span></div><h1 class="page-title">${title}</h1><p class="page-description"></p><table class="properties"><tbody><tr
class="property-row property-row-created_time"><th><span class="icon property-icon"></span>Created</th><td><time>@January 9, 2026 8:41 PM</time></td></tr>
<tr class="property-row property-row-last_edited_time"><th><span class="icon property-icon"></span>Last edited</th><td><time>@March 2, 2026 7:15 AM</time>
</td></tr><tr class="property-row property-row-multi_select"><th><span class="icon property-icon"></span>Tags</th><td><span class="selected-value
select-value-color-blue">job search</span><span class="selected-value select-value-color-green">shared</span></td></tr></tbody></table></header>
<div class="page-body">${h2(1, h[0] ?? '')}${p(2, profile[0] ?? '')}
<figure class="block-color-gray_background callout" style="white-space:pre-wrap;display:flex"
id="${id(3)}"><div style="font-size:1.5em"><span class="icon">💡</span></div><div style="width:100%">${callout}</div></figure>
<hr id="${id(4)}"/>${h2(5, h[1] ?? '')}${h3(6, h[2] ?? '')}${p(7, job1[0] ?? '')}${ul(10, job1List)}${h3(20, h[3] ?? '')}${p(21, job2[0] ?? '')}
${ul(30, job2List)}<hr id="${id(40)}"/>${h2(41, h[4] ?? '')}${ul(42, edu)}${h2(50, h[5] ?? '')}<table id="${id(51)}" class="simple-table"><tbody>
<tr id="${id(52)}"><th id="Lk^q" class="simple-table-header-color simple-table-header">Language</th><th id="vB{m" class="simple-table-header-color
simple-table-header">Level</th></tr>
${langRows.map(([a, b], i) => `<tr id="${id(60 + i)}"><td id="Lk^q" class="">${a}</td><td id="vB{m" class="">${b}</td></tr>`).join('\n')}
</tbody></table><ul id="${id(70)}" class="toggle"><li><details open="">
<summary style="font-weight:600;font-size:1.5em;line-height:1.3;margin:0">${h[6]}</summary>${p(71, refs)}</details></li></ul>
<p id="${id(72)}" class="">
</p></div></article><span class="sans" style="font-size:14px;padding-top:2em"></span></body></html>`;
export const notion: TestPage = {
  name: 'heldout449-notion-export-docs',
  kind: 'docs',
  html,
  title,
  headings: h,
  body: texts([...profile, callout, ...job1, ...job1List, ...job2, ...job2List, ...edu, ...langRows.flat(), refs]),
  bylines: ['@January 9, 2026 8:41 PM', '@March 2, 2026 7:15 AM'],
  furniture: ['Created', 'Last edited', 'Tags', 'job search', 'shared'],
};
