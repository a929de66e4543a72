import type { TestPage } from './page-kit.js';
import { noRefs, vectorPage, wpH, wpRef, wpRefList, wpShellFurniture } from './pages-heldout102-c2.js';
import { wikihow } from './pages-heldout102-d2.js';

/**
 * Held-out batch 102, file d: a Wikipedia article about a (fictional) company in the Vector 2022 shell of file c2, with a
 * "More citations needed" maintenance box at the top of the article text, the company infobox (logo, labels and values),
 * History subsections, "See also", references, "External links" and a collapsed navbox; and, from file d2, a wikiHow article.
 */
const wcTitle = 'Kestrel Optik';
const wcAmbox =
  'This article needs additional citations for verification. Please help improve this article by adding citations to reliable sources. ' +
  'Unsourced material may be challenged and removed.';
const wcAmboxFind = 'Find sources: "Kestrel Optik" – news · newspapers · books · scholar · JSTOR';
const wcLead = [
  `<b>Kestrel Optik AG</b> is a Swiss manufacturer of binoculars, spotting scopes and rifle scopes, based in Langnau am Albis. ` +
    `Founded in 1952 as a repair workshop for military rangefinders, it became known in the 1980s for compact roof-prism ` +
    `binoculars aimed at birdwatchers.${wpRef(1)}`,
  `The company is privately owned by the Amsler family and employs about 640 people. Most of its products are assembled in ` +
    `Switzerland, with lens grinding carried out at a second plant in Hungary.${wpRef(2)}`,
];
const wcH1 = 'History';
const wcH1a = 'Founding and early years';
const wcHistA = [
  `Kestrel was founded by Emil Amsler, a former instrument mechanic in the Swiss Army, who began repairing surplus rangefinders ` +
    `and artillery optics in a rented garage. By the end of the 1950s the workshop had moved into making its own porro-prism ` +
    `binoculars, sold mainly to hunters and foresters in the German-speaking cantons.${wpRef(1)}`,
];
const wcH1b = 'Birding binoculars';
const wcHistB = [
  `Under Emil Amsler’s daughter, Vreni Amsler, who ran the company from 1979 to 2011, Kestrel introduced the Merlin 8×32, a light ` +
    `roof-prism binocular with a close focus of under two metres. It sold well in the United Kingdom and the Netherlands and ` +
    `moved the company’s main market from hunting to birdwatching.${wpRef(3)}`,
  `In 2004 the company opened a lens-grinding plant in Székesfehérvár, Hungary, after failing to find enough skilled staff in ` +
    `Switzerland. The move was criticised by the Swiss metalworkers’ union at the time.`,
];
const wcH2 = 'Products';
const wcProd = ['The company’s range in 2025 consisted of:'];
const wcList = [
  'Merlin and Merlin HD roof-prism binoculars in 8×32, 8×42 and 10×42;',
  'Hobby compact binoculars for children and beginners;',
  'the Aquila series of angled and straight spotting scopes;',
  'a small line of rifle scopes, sold mainly in Switzerland and Austria.',
];
const wcH3 = 'Ownership and management';
const wcOwn = [
  `Kestrel remains wholly owned by the Amsler family through a holding company. Since 2011 it has been led by chief executive ` +
    `Daniel Fehr, the first managing director from outside the family. Revenue in 2024 was reported as CHF 118 million.${wpRef(2)}`,
];
const wcSee = ['<a href="/wiki/List_of_binocular_manufacturers">List of binocular manufacturers</a>', '<a href="/wiki/Roof_prism">Roof prism</a>'];
const wcRefs = [
  'Keller, Urs (2002). <i>Präzision aus dem Sihltal</i>. Zürich: Orell Füssli. pp. 41–57.',
  '"Kestrel Optik legt Umsatzzahlen vor". <i>Handelszeitung</i>. 14 March 2025.',
  'Pearce, Gillian (1991). "Merlin 8×32 on test". <i>Birdwatching Today</i>. No. 118. pp. 62–65.',
];
const wcInfo: [string, string][] = [
  ['Company type', 'Private (Aktiengesellschaft)'],
  ['Industry', 'Optics'],
  ['Founded', '1952; 73 years ago in Langnau am Albis, Switzerland'],
  ['Founder', 'Emil Amsler'],
  ['Headquarters', 'Langnau am Albis, Zürich'],
  ['Key people', 'Daniel Fehr (CEO)'],
  ['Revenue', 'CHF 118 million (2024)'],
  ['Number of employees', '640 (2024)'],
  ['Website', 'kestrel-optik.ch'],
];
const wcNav = ['Optics manufacturers of Switzerland', 'Kern', 'Kestrel Optik', 'Leuenberger', 'Swarovi', 'Wild Heerbrugg'];
const wcCats = ['Optics manufacturing companies', 'Manufacturing companies of Switzerland', 'Companies established in 1952', 'Binocular manufacturers'];
const wcPs = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const wcContent = `<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">Swiss optics manufacturer</div>
<table class="box-More_citations_needed plainlinks metadata ambox ambox-content ambox-Refimprove" role="presentation"><tbody><tr><td class="mbox-image"><div
class="mbox-image-div"><span typeof="mw:File"><span><img alt="" src="//upload.wikimedia.org/question_book.svg" width="50" height="39"></span></span></div></td>
<td class="mbox-text"><div class="mbox-text-span">This article <b>needs additional citations for <a href="/wiki/Wikipedia:Verifiability">verification</a></b>.
<span class="hide-when-compact">Please help <a href="/w/index.php?action=edit">improve this article</a> by adding citations to reliable sources. Unsourced
material may be challenged and removed.<br><small><span class="plainlinks"><i>Find sources:</i> <a href="https://www.google.com/search?q=Kestrel+Optik">"Kestrel
Optik"</a> – <a href="https://news.google.com">news</a> <b>·</b> <a href="#">newspapers</a> <b>·</b> <a href="#">books</a> <b>·</b> <a href="#">scholar</a>
<b>·</b> <a href="#">JSTOR</a></span></small></span> <span class="date-container"><i>(<span class="date">May 2023</span>)</i></span><span
class="hide-when-compact"><i> (<small><a href="/wiki/Help:Maintenance_template_removal">Learn how and when to remove this
message</a></small>)</i></span></div></td>
</tr></tbody></table>
<table class="infobox ib-company vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">Kestrel Optik AG</th></tr><tr><td colspan="2"
class="infobox-image logo"><span class="mw-default-size" typeof="mw:File/Frameless"><img alt="Kestrel Optik logo" src="//upload.wikimedia.org/kestrel.svg"
width="220" height="60"></span></td></tr>
${wcInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
${wcPs(wcLead)}
<meta property="mw:PageProp/toc">
${wpH(wcH1)}
${wpH(wcH1a, 3)}
${wcPs(wcHistA)}
${wpH(wcH1b, 3)}
${wcPs(wcHistB)}
${wpH(wcH2)}
${wcPs(wcProd)}
<ul>${wcList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${wpH(wcH3)}
${wcPs(wcOwn)}
${wpH('See also')}
<ul>${wcSee.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${wpH('References')}
${wpRefList(wcRefs)}
${wpH('External links')}
<ul><li><span class="official-website"><span class="url"><a rel="nofollow" class="external text" href="https://www.kestrel-optik.ch/">Official
website</a></span>
</span> <span class="languageicon">(in German and English)</span></li></ul>
<div role="navigation" class="navbox" aria-labelledby="Optics_manufacturers" style="padding:3px"><table
class="nowraplinks mw-collapsible autocollapse navbox-inner">
<tbody><tr><th scope="col" class="navbox-title" colspan="2"><div class="navbar plainlinks hlist navbar-mini"><ul><li class="nv-view"><abbr title="View this
template">v</abbr></li><li class="nv-talk"><abbr title="Discuss this template">t</abbr></li><li class="nv-edit"><abbr
title="Edit this template">e</abbr></li></ul>
</div><div id="Optics_manufacturers">${wcNav[0]}</div></th></tr><tr><td class="navbox-list-with-group navbox-list navbox-odd hlist"><div><ul>
${wcNav
  .slice(1)
  .map((t) => `<li>${t === wcTitle ? `<a class="mw-selflink selflink">${t}</a>` : `<a href="/wiki/${t}">${t}</a>`}</li>`)
  .join('')}</ul></div></td></tr></tbody></table></div>`;
const wikiCompany: TestPage = {
  html: vectorPage({
    title: wcTitle,
    toc: [wcH1, wcH2, wcH3, 'See also', 'References', 'External links'],
    langs: 3,
    content: wcContent,
    cats: wcCats,
    hidden: ['Articles needing additional references from May 2023', 'All articles needing additional references'],
    edited: '19 August 2025, at 08:37',
  }),
  name: 'heldout102-wikipedia-company-wiki',
  kind: 'wiki',
  // the maintenance box, the infobox (labels and values), the reference list, "External links" with its one link and the
  // navbox are furniture; "See also" is a heading with body items; reference marks at paragraph ends are left out
  title: wcTitle,
  headings: [wcH1, wcH1a, wcH1b, wcH2, wcH3, 'See also'],
  body: noRefs([...wcLead, ...wcHistA, ...wcHistB, ...wcProd, ...wcList, ...wcOwn, ...wcSee]),
  bylines: ['This page was last edited on 19 August 2025, at 08:37 (UTC).'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wpShellFurniture, '3 languages', 'Deutsch', 'Svenska', wcAmbox, wcAmboxFind, '(May 2023)', 'Learn how and when to remove this message',
'Kestrel Optik AG',
    ...wcInfo.flat(), 'References', ...noRefs(wcRefs), 'External links', 'Official website', '(in German and English)',
    ...wcNav.filter((t) => t !== wcTitle), ...wcCats, 'Hidden categories:', 'Articles needing additional references from May 2023',
    'All articles needing additional references',
  ],
};

export const HELDOUT102_D: readonly TestPage[] = [wikiCompany, wikihow];
