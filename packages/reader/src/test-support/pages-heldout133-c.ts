import { type TestPage, texts } from './page-kit.js';
import { type FandomPage, fandomFurniture, fandomH, fandomPage, fandomToc } from './pages-heldout133-b3.js';
import { wikibooksChapter } from './pages-heldout133-c2.js';

/**
 * Held-out batch 133, file c: a Fandom game item article (a hatnote and an "outdated" notice box at the top of the text,
 * a portable infobox, the in-game description as a blockquote, crafting, upgrade and changelog tables, notes and
 * trivia lists and a tools navbox) in the FandomDesktop chrome of file b3 and, from file c2, a Wikibooks chapter.
 */
const title = 'Emberglass Lantern';
const hatnote = 'This article is about the handheld tool. For the placeable decoration, see Emberglass Lantern (Decoration).';
const notice = [
  'This page may be outdated',
  'Some of the information on this page has not been checked since Update 1.5 (Frostbound). You can help by checking it in game and editing the page.',
];
const infobox: readonly (readonly [string, string])[] = [
  ['Type', '<a href="/wiki/Tools">Tool</a>'],
  ['Rarity', '<span style="color:#3a8ee6">Rare</span>'],
  ['Stack size', '1'],
  ['Durability', '420'],
  ['Light radius', '9 tiles'],
  ['Sell value', '120 <a href="/wiki/Scrip">Scrip</a>'],
  ['Crafted at', '<a href="/wiki/Glassworks_Bench">Glassworks Bench</a>'],
  ['Added in', '<a href="/wiki/Update_1.2">Update 1.2</a>'],
];
const iconCaption = 'In-game icon';
const lead = [
  `The <b>Emberglass Lantern</b> is a handheld <a href="/wiki/Light_sources">light source</a> in <i>Hollowreach</i>. It burns
<a href="/wiki/Ember_Shard">Ember Shards</a> instead of oil and gives off a warm light that keeps <a href="/wiki/Gloam">Gloam</a> creatures at a
distance. It was added in <a href="/wiki/Update_1.2">Update 1.2</a> (Kindling).`,
];
const quote = 'A lantern of fused sand and ember. It hums faintly when something in the dark is watching.';
const desc = ['The description changes to "It hums loudly" while a Gloam creature is within twenty tiles, which many players use as an early warning.'];
const craftHead = ['Result', 'Ingredients', 'Station'];
const craftRow = ['Emberglass Lantern', '3 × Glass Pane<br>\n2 × Copper Ingot<br>\n1 × Ember Shard', 'Glassworks Bench (Tier 2)'];
const loot = [
  `Emberglass Lanterns can also be found in supply crates in the <a href="/wiki/Sunken_Quarry">Sunken Quarry</a>, with a chance of about 4% per
crate. Lanterns found this way start at half durability.`,
];
const usage = [
  'While the lantern is held in the off hand, it lights a circle nine tiles across around the player. One Ember Shard burns for eight minutes of ' +
    'in-game time. When the lantern is lit:',
];
const usageList = [
  'Gloam creatures will not enter the lit area unless they are already attacking.',
  'Crops within the light grow as if it were daytime.',
  'The player cannot sprint while holding it in the main hand.',
];
const usage2 = ['The lantern goes out if the player swims underwater for more than three seconds, and has to be relit with a new shard.'];
const upHead = ['Level', 'Light radius', 'Burn time', 'Cost'];
const upRows = [
  ['1', '9 tiles', '8 min', '—'],
  ['2', '12 tiles', '10 min', '4 × Glass Pane, 2 × Silver Ingot'],
  ['3', '15 tiles', '14 min', '2 × Moonstone, 1 × Gloam Heart'],
];
const notes = [
  'Unlike torches, the lantern does not set fire to grass or wooden floors.',
  'Relighting it with a Frost Shard instead of an Ember Shard gives a blue light that does not repel Gloam creatures.',
  'Two lanterns held at once do not double the radius.',
];
const trivia = [
  'The lantern\u2019s hum was recorded from a glass harmonica, according to the sound designer.',
  'Before Update 1.2 the game\u2019s files already contained an unused sprite named "lantern_old".',
];
const histHead = ['Version', 'Changes'];
const histRows = [
  ['1.2', 'Added.'],
  ['1.3.1', 'Burn time increased from 6 to 8 minutes.'],
  ['1.5', 'Can now be upgraded at the Glassworks Bench.'],
];
const navTools = ['Copper Pickaxe', 'Iron Hatchet', 'Tidewater Rod', 'Salvage Hook', 'Emberglass Lantern', 'Frostglass Lantern', 'Surveyor\u2019s Lens'];
const h = (level: 2 | 3, t: string, n: number): string => fandomH(level, t, title, n);
const table = (head: readonly string[], rows: readonly (readonly string[])[]): string => `<table class="wikitable article-table">
<tbody><tr>${head.map((t) => `<th>${t}</th>`).join('')}</tr>
${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`;
const ul = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const content = `<div role="note" class="hatnote navigation-not-searchable"><i>This article is about the handheld tool. For the placeable decoration, see
<a href="/wiki/Emberglass_Lantern_(Decoration)">Emberglass Lantern (Decoration)</a>.</i></div>
<table class="notice-box" style="border-left:6px solid #e0a030;width:80%;margin:0 auto 1em"><tbody><tr><td style="width:48px">
<img src="https://static.wikia.nocookie.net/hollowreach/images/Clock.png" alt="Clock" width="40" height="40"></td><td><b>${notice[0]}</b><br>
<small>${notice[1]}</small></td></tr></tbody></table>
<aside role="region" class="portable-infobox noexcerpt pi-background pi-border-color pi-theme-item pi-layout-default" data-item-name="infobox">
<h2 class="pi-item pi-item-spacing pi-title pi-secondary-background" data-source="name">${title}</h2><figure class="pi-item pi-image" data-source="image">
<a href="https://static.wikia.nocookie.net/hollowreach/images/Emberglass_Lantern.png/revision/latest" class="image image-thumbnail" title="">
<img src="https://static.wikia.nocookie.net/hollowreach/images/Emberglass_Lantern.png/revision/latest/scale-to-width-down/96" class="pi-image-thumbnail" alt=""
width="96" height="96" data-image-key="Emberglass_Lantern.png"></a><figcaption class="pi-item-spacing pi-caption">${iconCaption}</figcaption></figure>
${infobox
  .map(
    ([k, v]) => `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${k.toLowerCase().replace(/[^a-z]+/g, '')}">
<h3 class="pi-data-label pi-secondary-font">${k}</h3><div class="pi-data-value pi-font">${v}</div></div>`,
  )
  .join('\n')}</aside>
${lead.map((p) => `<p>${p}\n</p>`).join('')}
${fandomToc([
  ['Description', 1],
  ['Obtaining', 1],
  ['Crafting', 2],
  ['Loot', 2],
  ['Usage', 1],
  ['Upgrades', 1],
  ['Notes', 1],
  ['Trivia', 1],
  ['Changelog', 1],
])}
${h(2, 'Description', 1)}
<blockquote><p>${quote}</p></blockquote>
<p>${desc[0]}\n</p>
${h(2, 'Obtaining', 2)}
${h(3, 'Crafting', 3)}
${table(craftHead, [craftRow])}
${h(3, 'Loot', 4)}
<p>${loot[0]}\n</p>
${h(2, 'Usage', 5)}
<p>${usage[0]}\n</p>
${ul(usageList)}
<p>${usage2[0]}\n</p>
${h(2, 'Upgrades', 6)}
${table(upHead, upRows)}
${h(2, 'Notes', 7)}
${ul(notes)}
${h(2, 'Trivia', 8)}
${ul(trivia)}
${h(2, 'Changelog', 9)}
${table(histHead, histRows)}
<table class="navbox mw-collapsible" style="width:100%"><tbody><tr><th class="navbox-title" colspan="2"><a href="/wiki/Tools">Tools</a></th></tr>
<tr><td class="navbox-list">${navTools
  .map((t) => (t === title ? `<b><a class="mw-selflink selflink">${t}</a></b>` : `<a href="/wiki/${encodeURIComponent(t.replace(/ /g, '_'))}">${t}</a>`))
  .join(' • ')}</td></tr></tbody></table>`;
const fp: FandomPage = {
  wiki: 'Hollowreach Wiki',
  host: 'hollowreach.fandom.com',
  vertical: 'Games',
  title,
  description: 'The Emberglass Lantern is a handheld light source in Hollowreach.',
  cats: ['Tools', 'Light sources', 'Rare items', 'Craftable items', 'Items added in Update 1.2'],
  localNav: [
    ['Game', ['Items', 'Creatures', 'Biomes', 'Updates']],
    ['Guides', ['Getting started', 'Surviving the first night', 'Crafting stations']],
    ['Community', ['Rules', 'Staff', 'Discord']],
  ],
  content,
  popular: ['Sunken Quarry', 'Frost Shard', 'Surviving the first night', 'Salvage Hook'],
  comments: [
    ['A Fandom user', '3/2/2025', 'Is the frost shard trick still working after 1.5? Mine stays orange.'],
    ['Quarryrat', '3/4/2025', 'Still works, you have to take it out of your hand and relight it.'],
    ['A Fandom user', '3/9/2025', 'level 3 is so worth it for caves'],
  ],
  feed: ['Gloamwalker', 'Copper Pickaxe', 'Hollowreach'],
};
const gameItem: TestPage = {
  name: 'heldout133-fandom-game-item',
  kind: 'wiki',
  html: fandomPage(fp),
  // the hatnote and the notice box are furniture; the infobox is in neither list, its icon caption furniture; the in-game
  // description (blockquote) is body; table header cells are in neither list and data cells are body; the navbox is furniture
  title,
  headings: ['Description', 'Obtaining', 'Crafting', 'Loot', 'Usage', 'Upgrades', 'Notes', 'Trivia', 'Changelog'],
  body: texts([...lead, quote, ...desc, ...craftRow, ...loot, ...usage, ...usageList, ...usage2, ...upRows.flat(), ...notes, ...trivia, ...histRows.flat()]),
  bylines: [],
  furniture: [...new Set([hatnote, ...notice, iconCaption, 'Contents', ...navTools.filter((t) => t !== title), ...fandomFurniture(fp)])],
};

export const HELDOUT133_C: readonly TestPage[] = [gameItem, wikibooksChapter];
