import { plain, type TestPage, texts } from './page-kit.js';
import { vectorPage } from './pages-heldout139-kit.js';

/**
 * Held-out batch 139, file b2: a Simple English Wikipedia article (simple.wikipedia.org) in the Vector 2022 skin: the
 * simple wiki's own menu names, "From Simple English Wikipedia, the free encyclopedia", a geobox-style infobox, short
 * sections in plain English, a thumbnail caption, "Related pages", "References" and "Other websites" sections and the
 * stub box at the end of the text.
 */
const title = 'Marrow Island';
const ref = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`;
const hd = (t: string, n: number): string => `<div class="mw-heading mw-heading2"><h2 id="${t.replace(/ /g, '_')}">${t}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Marrow_Island&amp;action=edit&amp;section=${n}"
title="Change section: ${t}"><span>change</span>
</a><span class="mw-editsection-divider"> | </span><a href="/w/index.php?title=Marrow_Island&amp;action=edit&amp;section=${n}&amp;veswitched=1"
title="Change source of section: ${t}"><span>change source</span></a><span class="mw-editsection-bracket">]</span></span></div>`;
const lead = [
  `<b>Marrow Island</b> is a small island in the Sea of Lorne, off the west coast of Strell. It is about 9 kilometres (5.6 miles) long and 3 kilometres
(1.9 miles) wide. About 640 people live there.${ref(1)} The only town is Kilbrae, on the east side of the island.`,
  'People often visit the island to see its birds, its white sand beaches and the old stone tower at Dunmarrow.',
];
const heads = ['Geography', 'History', 'People and work', 'Animals and plants'];
const geography = [
  `Most of Marrow Island is low and flat. The west side has sand dunes and long beaches. The east side has small fields and a harbour. The highest point
is Ben Corrie, which is 112 metres (367 feet) high.`,
  'The island has mild weather because of the warm sea around it. It is often windy, and there are very few trees.',
];
const history = [
  `People have lived on Marrow Island for at least 5,000 years. Old stone houses from this time can still be seen at Sgor Bay.${ref(2)}`,
  `The tower at Dunmarrow was built in about 1350 by the Lords of Lorne. It was used to watch for ships coming from the south. In 1846 a bad storm
destroyed many houses, and about a third of the people left the island to live in other countries.`,
];
const people = ['Most people on the island work in farming, fishing or tourism. The main kinds of work are:'];
const peopleList = ['Raising sheep and cattle', 'Catching crabs and lobsters', 'Running hotels, cafés and boat trips for visitors'];
const peopleAfter = [
  `A ferry goes from Kilbrae to the mainland two times each day. The trip takes about one hour and twenty minutes. There is also a small airstrip with
flights to Port Ellery.${ref(3)}`,
];
const animals = [
  `Marrow Island is an important place for birds. Thousands of seabirds, such as puffins and terns, make nests on the cliffs at the north end of the
island in summer. The corncrake, a rare bird, also lives in the fields.${ref(4)}`,
  'Seals and otters can often be seen along the coast. In spring the dunes are covered in small wild flowers.',
];
const caption = 'The beach at Sgor Bay';
const related = ['Islands of Strell', 'Sea of Lorne'];
const refs = [
  '"Population of the islands 2021". Strell Statistics Office. Retrieved 4 May 2024.',
  'Campbell, Morag (2011). <i>The Prehistory of the Lorne Islands</i>. Kilbrae: Lorne Books. p.&#160;44.',
  '"Marrow Island ferry timetable". Lorne Ferries. Retrieved 4 May 2024.',
  '"Marrow Island nature reserve". Strell Bird Trust. Retrieved 4 May 2024.',
];
const other = ['Marrow Island Community Council', 'Visit Marrow Island'];
const stub = `This short article about <a href="/wiki/Geography">geography</a> can be made longer. You can help Wikipedia by
<a class="external text" href="https://simple.wikipedia.org/w/index.php?title=Marrow_Island&amp;action=edit">adding to it</a>.`;
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}\n</p>`).join('\n');
const content = `<div class="shortdescription nomobile noexcerpt noprint searchaux" style="display:none">island in the Sea of Lorne, Strell</div>
<table class="infobox ib-settlement vcard"><tbody><tr><th colspan="2" class="infobox-above"><div class="fn org">Marrow Island</div></th></tr>
<tr><td colspan="2" class="infobox-image"><span class="mw-default-size" typeof="mw:File/Frameless"><a href="/wiki/File:Marrow_Island_from_the_air.jpg"
class="mw-file-description"><img src="//upload.wikimedia.org/wikipedia/commons/thumb/1/1e/Marrow_Island_from_the_air.jpg/250px-Marrow_Island_from_the_air.jpg"
width="250"
height="166" class="mw-file-element"></a></span></td></tr><tr><th scope="row" class="infobox-label">Area</th><td
class="infobox-data">22&#160;km<sup>2</sup></td></tr>
<tr><th scope="row" class="infobox-label">Population</th><td class="infobox-data">640 (2021)</td></tr><tr><th scope="row" class="infobox-label">Main town</th>
<td class="infobox-data">Kilbrae</td></tr></tbody></table>
${ps(lead)}
<meta property="mw:PageProp/toc">
${hd(heads[0]!, 1)}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Sgor_Bay_beach.jpg" class="mw-file-description"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/6/6b/Sgor_Bay_beach.jpg/250px-Sgor_Bay_beach.jpg" width="250" height="167" class="mw-file-element"></a>
<figcaption>${caption}</figcaption></figure>
${ps(geography)}
${hd(heads[1]!, 2)}
${ps(history)}
${hd(heads[2]!, 3)}
${ps(people)}
<ul>${peopleList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(peopleAfter)}
${hd(heads[3]!, 4)}
${ps(animals)}
${hd('Related pages', 5)}
<ul>${related.map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`).join('\n')}</ul>
${hd('References', 6)}
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${refs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">↑</a></b></span> <span class="reference-text">
<cite class="citation cs1">${r}</cite></span></li>`,
  )
  .join('\n')}</ol></div></div>
${hd('Other websites', 7)}
<ul>${other.map((t) => `<li><a rel="nofollow" class="external text" href="https://marrow.example/${t.length}">${t}</a></li>`).join('\n')}</ul>
<div role="note" class="metadata plainlinks asbox stub"><table role="presentation"><tbody><tr class="noresize"><td><span typeof="mw:File"><a
href="/wiki/File:Geographylogo.svg"
class="mw-file-description"><img alt="" src="//upload.wikimedia.org/wikipedia/commons/thumb/f/f8/Geographylogo.svg/40px-Geographylogo.svg.png" width="40"
height="40"></a>
</span></td><td><p class="asbox-body">${stub}</p></td></tr></tbody></table></div>`;
const page = vectorPage({
  host: 'simple.wikipedia.org',
  lang: 'en',
  site: 'Wikipedia',
  siteSub: 'From Simple English Wikipedia, the free encyclopedia',
  title,
  description: 'island in the Sea of Lorne, Strell',
  toc: [
    [heads[0]!, []],
    [heads[1]!, []],
    [heads[2]!, []],
    [heads[3]!, []],
    ['Related pages', []],
    ['References', []],
    ['Other websites', []],
  ],
  languages: ['English', 'Gàidhlig', 'Norsk bokmål'],
  content,
  categories: ['Islands of Strell', 'Sea of Lorne'],
  hiddenCategories: ['Geography stubs'],
  lastEdited: '2 February 2025, at 11:16',
  oldid: 9983214,
  navigation: ['Main page', 'Simple start', 'Simple talk', 'New changes', 'Show any page', 'Help', 'Contact us', 'About Wikipedia'],
  contribute: ['Learn to edit', 'Upload file', 'Special pages'],
  footerPlaces: ['Privacy policy', 'About Wikipedia', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'],
  copyright: `Text is available under the <a rel="nofollow" class="external text" href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike License</a>; additional terms may apply. By using this site, you agree to the <a class="external text"
href="https://foundation.wikimedia.org/wiki/Policy:Terms_of_Use">Terms of Use</a> and <a class="external text"
href="https://foundation.wikimedia.org/wiki/Policy:Privacy_policy">Privacy Policy</a>.`,
});

export const simpleWiki: TestPage = {
  name: 'heldout139-simple-wikipedia-article',
  kind: 'wiki',
  html: page.html,
  // the infobox is in neither list; "change" / "change source" section links, the caption, "Related pages",
  // "References", "Other websites", the stub box and the skin are furniture (the "Related pages"
  // items are also category names, listed once)
  title,
  headings: heads,
  body: texts([...lead, ...geography, ...history, ...people, ...peopleList, ...peopleAfter, ...animals]),
  bylines: page.bylines,
  furniture: [
    ...page.furniture,
    'island in the Sea of Lorne, Strell',
    'change',
    'change source',
    caption,
    'Related pages',
    'References',
    ...texts(refs),
    'Other websites',
    ...other,
    plain(stub),
  ],
};
