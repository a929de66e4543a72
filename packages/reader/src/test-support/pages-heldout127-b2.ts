import { type TestPage, texts } from './page-kit.js';
import { notGold } from './pages-heldout127-a4.js';
import { type FandomPage, type FandomWiki, fandomFurniture, fandomPage } from './pages-heldout127-b3.js';

/**
 * Held-out batch 127, file b2: a Fandom character article on a book-series wiki in the FandomDesktop skin (from file b3), with a
 * spoiler notice and a character quote at the top of the article text, the portable infobox (title, image caption, grouped
 * data), the classic "Contents" box, section "[edit]" links, reference markers, the reference list, a navbox and the
 * categories.
 */
const title = 'Seraphine Ashvale';
const slug = 'Seraphine_Ashvale';
const wiki: FandomWiki = {
  name: 'Embergate Chronicles Wiki',
  host: 'embergate.fandom.com',
  vertical: 'Books',
  nav: [
    { label: 'Books', items: ['The Lantern Road', 'The Ashen Court', 'Embers of Vael', 'Novellas'] },
    { label: 'Characters', items: ['Protagonists', 'Antagonists', 'Order of the Lantern', 'House of Vael'] },
    { label: 'World', items: ['Locations', 'Factions', 'Timeline', 'Lanterncraft'] },
    { label: 'Community', items: ['Rules and Guidelines', 'Staff', 'Discord'] },
  ],
  popular: ['Corin Hale', 'Queen Maudrey', 'The Ashen Court', 'Lanterncraft', 'Hollowmere'],
  fanFeed: ['Corin Hale', 'Order of the Lantern', 'Queen Maudrey'],
};
const sup = (n: number): string => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}">[${n}]</a></sup>`;
const spoiler = ['Spoiler warning!', 'This article contains major plot details from The Ashen Court.'];
const quote = 'I never asked to carry the lantern. I only refused to let it go out.';
const intro = [
  `<b>Seraphine Ashvale</b> is the main protagonist of the <i>Embergate Chronicles</i> series. A lamplighter’s daughter from the river ` +
    'town of Hollowmere, she becomes the youngest Keeper of the Order of the Lantern and, by the end of <i>The Ashen Court</i>, the ' +
    `regent of Vael.${sup(1)}`,
  'She is the point-of-view character for most chapters of the first two novels and shares the narration of <i>Embers of Vael</i> ' + 'with Corin Hale.',
];
const hLooks = 'Appearance';
const looks = [
  'Seraphine is described as short and wiry, with soot-dark hair she keeps cropped above the collar and grey eyes. Her left hand is ' +
    'scarred from the fire at the Hollowmere lamp-house, and from <i>The Ashen Court</i> onward she wears a single black glove to hide it.' +
    sup(2),
];
const hPersonality = 'Personality';
const personality = [
  'Stubborn, dry-humoured and slow to trust, Seraphine dislikes ceremony and is openly bored by court politics. She is fiercely loyal to ' +
    'the few people she lets close, and several characters remark that she would rather do a task badly herself than ask for help.',
  'Her defining trait is a refusal to abandon a duty once accepted, which the series treats both as her greatest strength and as the ' +
    'source of most of her mistakes.',
];
const hHistory = 'History';
const hEarly = 'Early life';
const early = [
  'Seraphine was born in Hollowmere to Aldo Ashvale, the town’s lamplighter, and grew up trimming wicks and hauling oil along the river ' +
    'quays. Her mother died when she was four. At twelve she was apprenticed to her father, the first girl in the town to hold the post.',
];
const hRoad = 'The Lantern Road';
const road = [
  'When the Hollowmere lamp-house burns down and her father is killed, Seraphine recovers the Ember Lantern from the ruins and is pursued ' +
    'by agents of the Ashen Court. With the disgraced knight Corin Hale she carries the lantern across the marsh country to the Order’s ' +
    `chapterhouse at Tallow Gate, where she is made a novice.${sup(3)}`,
];
const hCourt = 'The Ashen Court';
const court = [
  'Sent to the capital as the Order’s envoy, Seraphine uncovers the plot of Chancellor Vesk to extinguish the city’s lanterns and ' +
    'leave it open to the Shade. She confronts Vesk in the Court of Cinders and relights the great lantern with her own hand, which is ' +
    `burned in the process. Queen Maudrey names her regent as the book closes.${sup(4)}`,
];
const hRel = 'Relationships';
const hCorin = 'Corin Hale';
const corin = [
  'Their early relationship is hostile; Corin is her reluctant escort and considers her reckless. By the end of the first novel they ' +
    'are close friends, and the author has described the pair as “two people who would each walk into a fire for the other and complain ' +
    `about it the whole way”.${sup(5)}`,
];
const hMaudrey = 'Queen Maudrey';
const maudrey = [
  'The elderly queen is first an obstacle and later a mentor. Maudrey sees in Seraphine the blunt honesty missing from her court, and ' +
    'their scenes together are among the few in which Seraphine is shown being taught rather than teaching.',
];
const hAbilities = 'Abilities';
const abilities = [
  'Lanterncraft: Seraphine can kindle and hold a warding flame, and later learns to carry it without a lantern.',
  'Navigation: raised on the river, she can read currents and find her way through marshland at night.',
  'Stamina: she regularly outlasts trained soldiers on long marches.',
];
const hTrivia = 'Trivia';
const trivia = [
  'Seraphine’s surname comes from the ash trees that line the quays of Hollowmere.',
  'The author originally wrote her as a boy named Seren; the change was made during the second draft of The Lantern Road.',
  'She is left-handed, which is why the burn in The Ashen Court affects her writing.',
];
const refs = [
  'The Lantern Road, Chapter 1',
  'The Ashen Court, Chapter 4',
  'The Lantern Road, Chapters 2–19',
  'The Ashen Court, Chapters 28–33',
  'Interview with the author, Embergate fan convention, 2023',
];
const infoCaption = 'Seraphine as depicted on the cover of The Ashen Court';
const nbTitle = 'Order of the Lantern';
const nbItems = ['Seraphine Ashvale', 'Corin Hale', 'Brother Anselm', 'Keeper Ilsa Morrow', 'Tamsin Reed'];
const h2 = (t: string): string =>
  `<h2><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>` +
  `<a href="/wiki/${slug}?action=edit&amp;section=1" title="Edit section: ${t}">edit</a><span class="mw-editsection-bracket">]</span></span></h2>`;
const h3 = (t: string): string => h2(t).replace(/h2>/g, 'h3>');
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ul = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const row = (k: string, v: string): string => `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${k.toLowerCase()}">
<h3 class="pi-data-label pi-secondary-font">${k}</h3><div class="pi-data-value pi-font">${v}</div></div>`;
const toc = [hLooks, hPersonality, hHistory, hRel, hAbilities, hTrivia, 'References'];
const content = `<table class="notice spoiler" style="border:1px solid #b33;background:#fbeeee;width:100%"><tbody><tr><td style="width:40px"><img
alt="Spoiler" src="https://static.wikia.nocookie.net/embergate/images/spoiler.png" width="32" height="32"></td><td><b>${spoiler[0]}</b><br>This article
contains major plot details from <i>The Ashen Court</i>.</td></tr></tbody></table>
<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-character pi-layout-default">
<h2 class="pi-item pi-item-spacing pi-title pi-secondary-background" data-source="name">Seraphine Ashvale</h2>
<figure class="pi-item pi-image" data-source="image"><a href="https://static.wikia.nocookie.net/embergate/images/seraphine.jpg" class="image image-thumbnail"
title=""><img src="https://static.wikia.nocookie.net/embergate/images/seraphine.jpg/revision/latest/scale-to-width-down/268" class="pi-image-thumbnail"
alt="" width="268" height="380"></a><figcaption class="pi-item-spacing pi-caption">${infoCaption}</figcaption></figure>
<section class="pi-item pi-group pi-border-color"><h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">Biographical
information</h2>${row('Born', 'Hollowmere')}${row('Affiliation', 'Order of the Lantern<br>House of Vael')}${row('Title', 'Keeper<br>Regent of Vael')}</section>
<section class="pi-item pi-group pi-border-color"><h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">Physical
description</h2>${row('Hair', 'Black')}${row('Eyes', 'Grey')}</section>
<section class="pi-item pi-group pi-border-color"><h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">Appearances</h2>
${row('First', '<i>The Lantern Road</i>')}${row('Latest', '<i>Embers of Vael</i>')}</section></aside>
<div class="pull-quote"><div class="pull-quote__text">“${quote}”</div><div class="pull-quote__source">—Seraphine to Corin, <i>The Ashen Court</i>,
Chapter 31</div></div>
${ps(intro)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>
${toc
  .map(
    (t, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${t}"><span class="tocnumber">${i + 1}</span> <span
class="toctext">${t}</span></a></li>`,
  )
  .join('\n')}
</ul></div>
${h2(hLooks)}
${ps(looks)}
${h2(hPersonality)}
${ps(personality)}
${h2(hHistory)}
${h3(hEarly)}
${ps(early)}
${h3(hRoad)}
${ps(road)}
${h3(hCourt)}
${ps(court)}
${h2(hRel)}
${h3(hCorin)}
${ps(corin)}
${h3(hMaudrey)}
${ps(maudrey)}
${h2(hAbilities)}
<ul>${abilities.map((t) => `<li><b>${t.split(':')[0]}:</b>${t.slice(t.indexOf(':') + 1)}</li>`).join('\n')}</ul>
${h2(hTrivia)}
${ul(trivia)}
${h2('References')}
<div class="mw-references-wrap"><ol class="references">${refs
  .map(
    (r, i) =>
      `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
<table class="navbox" style="width:100%"><tbody><tr><th class="navbox-title" colspan="2"><span class="navbox-vde"><a href="/wiki/Template:Order_navbox">V</a>
• <a href="/wiki/Template_talk:Order_navbox">D</a> • <a href="/wiki/Template:Order_navbox?action=edit">E</a></span>${nbTitle}</th></tr><tr><th
class="navbox-group">Members</th><td class="navbox-list">${nbItems.map((t) => `<a href="/wiki/${t.replace(/ /g, '_')}">${t}</a>`).join(' • ')}</td></tr>
</tbody></table>`;
const page: FandomPage = {
  title,
  slug,
  cats: ['Characters', 'Protagonists', 'Order of the Lantern members', 'Humans', 'Hollowmere residents', 'Point-of-view characters'],
  langs: ['Español', 'Polski'],
  content,
  description: 'Seraphine Ashvale is the main protagonist of the Embergate Chronicles series.',
  talk: 0,
};
export const fandomCharacter: TestPage = {
  name: 'heldout127-fandom-character',
  kind: 'wiki',
  html: fandomPage(wiki, page),
  // the spoiler notice, the infobox caption, the "Contents" box title and the navbox are furniture; the rest of the infobox
  // and the reference list (with its heading) are in neither list; the opening character quote is body, its source line neither
  title,
  headings: [hLooks, hPersonality, hHistory, hEarly, hRoad, hCourt, hRel, hCorin, hMaudrey, hAbilities, hTrivia],
  body: texts([quote, ...intro, ...looks, ...personality, ...early, ...road, ...court, ...corin, ...maudrey, ...abilities, ...trivia]),
  bylines: [],
  furniture: notGold(
    [...fandomFurniture(wiki, page), ...spoiler, infoCaption, 'Contents', 'edit', nbTitle, 'Members', ...nbItems],
    [title, hLooks, hPersonality, hHistory, hEarly, hRoad, hCourt, hRel, hCorin, hMaudrey, hAbilities, hTrivia],
  ),
};
