import { type TestPage, texts } from './page-kit.js';
import { type FandomPage, fandomFurniture, fandomH, fandomPage, fandomToc } from './pages-heldout133-b3.js';

/**
 * Held-out batch 133, file b2: a Fandom TV episode article (a portable infobox with image, caption, episode data and the
 * previous/next episode, the in-content table of contents, Synopsis, Plot, Cast with subsections, Production, Reception,
 * Trivia, a gallery with captions, a references list and the season navbox) in the FandomDesktop chrome of file b3.
 */
const title = 'The Ferryman\u2019s Debt';
const infobox: readonly (readonly [string, string])[] = [
  ['Series', '<i><a href="/wiki/Lanternfall_(TV_series)">Lanternfall</a></i>'],
  ['Season', '<a href="/wiki/Season_2">2</a>'],
  ['Episode', '4'],
  ['Overall', '14'],
  ['Air date', 'October 9, 2022'],
  ['Written by', 'Priya Daventry'],
  ['Directed by', 'Colm Reidy'],
  ['U.S. viewers', '1.84 million'],
];
const imgCaption = 'Wren waits at the Greyhallow landing';
const lead = [
  `"<b>${title}</b>" is the fourth episode of the second season of <i><a href="/wiki/Lanternfall_(TV_series)">Lanternfall</a></i>, and the
fourteenth episode overall. It premiered on October 9, 2022 on Halcyon+.`,
];
const synopsis = [
  'Wren is forced to repay an old family debt to the ferryman of Greyhallow, while Tobias and Ada search the flooded archive for the missing ledger.',
];
const plot = [
  `The episode opens on the night of the spring tide. <a href="/wiki/Wren_Halloway">Wren Halloway</a> arrives at the Greyhallow landing to find
the ferry moored on the wrong bank and the ferryman, <a href="/wiki/Old_Maddox">Old Maddox</a>, waiting for her with a lantern that has been
dark since her grandmother's funeral. He tells her the Halloway family still owes him one crossing, and that the debt must be paid before the
water turns.`,
  `In the town, <a href="/wiki/Tobias_Crane">Tobias</a> and <a href="/wiki/Ada_Venn">Ada</a> break into the flooded basement of the harbour
archive, where Ada believes the ledger of crossings is kept. They find the shelves empty except for a single page in Wren's grandmother's hand,
listing the names of everyone she carried across the river in 1961.`,
  `Wren agrees to take the ferry across herself. Halfway over, the lantern relights on its own and the river fills with the faces of the people
on the list. Maddox reveals that the debt was never money: her grandmother left one passenger behind, and the crossing can only be finished by
someone of her blood. Wren brings the boat to the far bank as the tide turns, and the final shot shows the ledger page in Ada's hands going
blank.`,
];
const mainCast = ['Isla Brennock as Wren Halloway', 'Dev Marchetti as Tobias Crane', 'Noor Al-Hadi as Ada Venn', 'Callum Fairweather as Sheriff Harlan Doyle'];
const guestCast = ['Bertrand Osei as Old Maddox', 'Ffion Reece as young Margaret Halloway'];
const production = [
  `The episode was written by Priya Daventry and directed by Colm Reidy, his first for the series. The ferry crossing was filmed over three nights
on a reservoir outside Halifax, Nova Scotia, with the river faces added in post-production by the visual effects house Northlight.`,
  'In an interview after the broadcast, showrunner Elodie Marsh said the writers had planned the reveal about the missing passenger since the first season.',
];
const reception = [
  `"${title}" was watched by 1.84 million viewers in the United States, the largest audience of the season so far. Reviewers singled out
Bertrand Osei's guest performance as Maddox, and several called the crossing sequence the best of the series.`,
];
const trivia = [
  'This is the first episode in which the Greyhallow ferry is seen moving.',
  'The list of names on the ledger page includes members of the production crew.',
  'Old Maddox was originally written as a woman; the part was changed after Osei auditioned.',
  'The episode\u2019s title is taken from a line in the season one finale, "Low Water".',
];
const gallery = ['Maddox relights the lantern', 'Tobias and Ada in the flooded archive', 'The ledger page', 'The ferry at the turn of the tide'];
const refs = [
  'Porter, Lee (October 11, 2022). "Sunday cable ratings: Lanternfall rises". <i>TV Numbers Weekly</i>.',
  'Gale, Miriam (October 10, 2022). "Lanternfall season 2 episode 4 review". <i>Screen Lantern</i>.',
];
const navEpisodes = [
  'The Drowned Bell',
  'Saltwater Hymn',
  'The Lamplighter',
  title,
  'What the River Keeps',
  'Greyhallow Fair',
  'Low Tide at Mercy Point',
  'The Last Crossing',
];
const prevNext = ['The Lamplighter', 'What the River Keeps'];
const h = (level: 2 | 3, t: string, n: number): string => fandomH(level, t, title, n);
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}\n</p>`).join('\n');
const infoboxHtml = `<aside role="region" class="portable-infobox noexcerpt pi-background pi-border-color pi-theme-episode pi-layout-default"
data-item-name="infobox">
<h2 class="pi-item pi-item-spacing pi-title pi-secondary-background" data-source="title">${title}</h2><figure class="pi-item pi-image" data-source="image">
<a href="https://static.wikia.nocookie.net/lanternfall/images/4/4b/2x04_Wren_landing.png/revision/latest?cb=20221010" class="image image-thumbnail" title="">
<img src="https://static.wikia.nocookie.net/lanternfall/images/4/4b/2x04_Wren_landing.png/revision/latest/scale-to-width-down/268?cb=20221010"
class="pi-image-thumbnail"
alt="" width="268" height="151" data-image-key="2x04_Wren_landing.png" data-image-name="2x04 Wren landing.png"></a>
<figcaption class="pi-item-spacing pi-caption">${imgCaption}</figcaption></figure><section class="pi-item pi-group pi-border-color">
<h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">Episode information</h2>
${infobox
  .map(
    ([k, v]) => `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${k.toLowerCase().replace(/[^a-z]+/g, '')}">
<h3 class="pi-data-label pi-secondary-font">${k}</h3><div class="pi-data-value pi-font">${v}</div></div>`,
  )
  .join('\n')}</section><section class="pi-item pi-group pi-border-color"><table class="pi-horizontal-group"><thead><tr>
<th class="pi-horizontal-group-item pi-data-label pi-secondary-font pi-border-color pi-item-spacing" data-source="previous">Previous</th>
<th class="pi-horizontal-group-item pi-data-label pi-secondary-font pi-border-color pi-item-spacing" data-source="next">Next</th></tr></thead><tbody><tr>
<td class="pi-horizontal-group-item pi-data-value pi-font pi-border-color pi-item-spacing"
data-source="previous">"<a href="/wiki/The_Lamplighter">${prevNext[0]}</a>"</td>
<td class="pi-horizontal-group-item pi-data-value pi-font pi-border-color pi-item-spacing"
data-source="next">"<a href="/wiki/What_the_River_Keeps">${prevNext[1]}</a>"</td>
</tr></tbody></table></section></aside>`;
const content = `${infoboxHtml}
${ps(lead)}
${fandomToc([
  ['Synopsis', 1],
  ['Plot', 1],
  ['Cast', 1],
  ['Main cast', 2],
  ['Guest cast', 2],
  ['Production', 1],
  ['Reception', 1],
  ['Trivia', 1],
  ['Gallery', 1],
  ['References', 1],
])}
${h(2, 'Synopsis', 1)}
<p><i>${synopsis[0]}</i>\n</p>
${h(2, 'Plot', 2)}
${ps(plot)}
${h(2, 'Cast', 3)}
${h(3, 'Main cast', 4)}
<ul>${mainCast.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h(3, 'Guest cast', 5)}
<ul>${guestCast.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h(2, 'Production', 6)}
${ps(production)}
${h(2, 'Reception', 7)}
<p>${reception[0]}<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup><sup id="cite_ref-2" class="reference"><a
href="#cite_note-2">[2]</a></sup>\n</p>
${h(2, 'Trivia', 8)}
<ul>${trivia.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h(2, 'Gallery', 9)}
<div id="gallery-0" class="wikia-gallery wikia-gallery-caption-below wikia-gallery-position-center wikia-gallery-spacing-medium wikia-gallery-border-small
wikia-gallery-captions-center wikia-gallery-caption-size-medium">${gallery
  .map(
    (c, i) => `<div class="wikia-gallery-item"><div class="thumb"><div class="gallery-image-wrapper accent"><a href="/wiki/File:2x04_still_${i + 1}.png"
class="image link-internal" title="2x04 still ${i + 1}.png"><img src="https://static.wikia.nocookie.net/lanternfall/images/2x04_still_${i + 1}.png" alt=""
width="185"
height="104" class="thumbimage" loading="lazy"></a></div></div><div class="lightbox-caption" style="width:185px">${c}</div></div>`,
  )
  .join('\n')}</div>
${h(2, 'References', 10)}
<div class="mw-references-wrap"><ol class="references">${refs
  .map(
    (r, i) =>
      `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
<table class="navbox mw-collapsible" style="width:100%"><tbody><tr><th class="navbox-title" colspan="2"><i><a
href="/wiki/Lanternfall_(TV_series)">Lanternfall</a></i>
episodes</th></tr><tr><th class="navbox-group">Season 2</th><td class="navbox-list">${navEpisodes
  .map((t) => (t === title ? `<b><a class="mw-selflink selflink">${t}</a></b>` : `<a href="/wiki/${t.replace(/ /g, '_')}">${t}</a>`))
  .join(' • ')}</td></tr></tbody></table>`;
const fp: FandomPage = {
  wiki: 'Lanternfall Wiki',
  host: 'lanternfall.fandom.com',
  vertical: 'TV',
  title,
  description: 'Wren is forced to repay an old family debt to the ferryman of Greyhallow.',
  cats: ['Episodes', 'Season 2 episodes', 'Episodes written by Priya Daventry', 'Episodes directed by Colm Reidy'],
  localNav: [
    ['Episodes', ['Season 1', 'Season 2', 'Season 3']],
    ['Characters', ['Main characters', 'Recurring characters', 'Halloway family']],
    ['Community', ['Rules', 'Administrators', 'Discord server']],
  ],
  content,
  popular: ['Greyhallow', 'Season 3', 'The Halloway Curse', 'Mercy Point'],
  comments: [
    ['A Fandom user', '10/10/2022', 'That crossing scene gave me chills. Osei deserves an award for this one.'],
    ['Harborlight_77', '10/11/2022', 'Did anyone else notice the ledger has a name from the season one finale on it?'],
  ],
  feed: ['Greyhallow Ferry', 'Lanternfall (TV series)', 'Elodie Marsh'],
};
export const fandomEpisode: TestPage = {
  name: 'heldout133-fandom-tv-episode',
  kind: 'wiki',
  html: fandomPage(fp),
  // the infobox (with its h2/h3 labels and previous/next episodes) is in neither list, its image caption is furniture; the table of
  // contents heading, gallery captions, references, the navbox, comments, rail, Fan Feed and chrome are furniture
  title,
  headings: ['Synopsis', 'Plot', 'Cast', 'Main cast', 'Guest cast', 'Production', 'Reception', 'Trivia'],
  body: texts([...lead, ...synopsis, ...plot, ...mainCast, ...guestCast, ...production, ...reception, ...trivia]),
  bylines: [],
  furniture: [
    ...new Set([
      imgCaption,
      'Contents',
      'Gallery',
      ...gallery,
      'References',
      ...texts(refs),
      'Lanternfall episodes',
      ...navEpisodes.filter((t) => t !== title),
      ...fandomFurniture(fp),
    ]),
  ],
};
