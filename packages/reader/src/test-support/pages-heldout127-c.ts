import { type TestPage, texts } from './page-kit.js';
import { notGold, tidy } from './pages-heldout127-a4.js';
import { type FandomPage, type FandomWiki, fandomFurniture, fandomPage } from './pages-heldout127-b3.js';
import { wikihow } from './pages-heldout127-c2.js';

/**
 * Held-out batch 127, file c: a Fandom location article on a video-game wiki in the FandomDesktop skin (from file b3), with a
 * "This article is about" hatnote, a location infobox, an embedded interactive-map card, a table of enemies, a gallery with
 * captions, a "stub" notice at the end of the article text and a navbox; and, from file c2, a wikiHow how-to article.
 */
const title = 'Cinder Reach';
const slug = 'Cinder_Reach';
const wiki: FandomWiki = {
  name: 'Starwake Wiki',
  host: 'starwake.fandom.com',
  vertical: 'Games',
  nav: [
    { label: 'Game', items: ['Story', 'Classes', 'Skills', 'Patch notes'] },
    { label: 'World', items: ['Regions', 'Locations', 'Factions', 'Bestiary'] },
    { label: 'Items', items: ['Weapons', 'Armor', 'Materials', 'Relics'] },
    { label: 'Wiki', items: ['Editing guidelines', 'Administrators', 'Discord server'] },
  ],
  popular: ['Ashborn Warden', 'Relics', 'Emberglass', 'Hollow Spire', 'Classes'],
  fanFeed: ['Hollow Spire', 'Ashborn Warden', 'Emberglass'],
};
const hatnote = 'This article is about the region. For the main story quest, see Cinder Reach (quest).';
const intro = [
  '<b>Cinder Reach</b> is a volcanic region in the south-east of the Shattered Expanse in <i>Starwake</i>. It is the fourth region the ' +
    'player reaches in the main story and is unlocked after completing the quest “A Light in the Ash”. Recommended level is 28 to 35.',
];
const hOverview = 'Overview';
const overview = [
  'The Reach is a broken plateau of black basalt cut by lava channels that shift with the in-game day. At dawn and dusk the channels cool ' +
    'and form crossings, so several areas can only be reached at those hours. The air is filled with drifting embers that slowly drain ' +
    'stamina unless the player carries an Ashveil or a cooling draught.',
  'Fast travel is available at three Waystones once they have been activated: Emberfall Camp, the Glass Steps and the Warden’s Gate.',
];
const hPoi = 'Points of interest';
const poi = [
  'Emberfall Camp – the only settlement in the region, home to the smith Orla Venn and the relic trader Pike.',
  'The Glass Steps – terraces of natural emberglass used as a resource node and the site of a hidden chest.',
  'Sunken Forge – a dungeon below the plateau, accessible only at dusk, which holds the Molten Core relic.',
  'Warden’s Gate – the arena where the Ashborn Warden is fought at the end of the region’s story quests.',
];
const hEnemies = 'Enemies';
const enemies = [
  ['Cinder Hound', '28–31', 'Weak to frost; attacks in packs of three'],
  ['Slag Golem', '30–33', 'Only its glowing back plate can be damaged'],
  ['Ash Wraith', '32–35', 'Appears only at night; immune to fire'],
  ['Ashborn Warden', '35', 'Region boss at Warden’s Gate'],
] as const;
const hResources = 'Resources';
const resources = [
  'Emberglass, mined at the Glass Steps and along the northern cliffs.',
  'Sulfur Bloom, a flower that grows near active vents and is used in fire resistance draughts.',
  'Obsidian Shards, dropped by Slag Golems.',
];
const hLore = 'Lore';
const lore = [
  'According to the journals found in the Sunken Forge, the Reach was once the forge-city of Hallowed Kiln, home to the smiths who made the ' +
    'first Starwake lanterns. The city was buried when the Warden, its guardian, was corrupted by the Ashfall and turned the forges against ' +
    'the people who tended them.',
  'The Emberfall settlers claim to be descended from the few smiths who escaped, and Orla Venn will repair the Warden’s broken hammer if ' +
    'the player brings her its three fragments.',
];
const hTrivia = 'Trivia';
const trivia = [
  'Cinder Reach was originally planned as a snow region; early trailers show the Glass Steps covered in ice.',
  'The lava channels follow a fixed 24-minute cycle that matches the in-game clock.',
  'Since patch 1.4 the ember drain no longer applies inside Emberfall Camp.',
];
const mapCard = ['Interactive Map', 'Cinder Reach map', 'Explore the map'];
const infoCaption = 'The Glass Steps at dusk';
const gallery = ['Emberfall Camp at night', 'The entrance to the Sunken Forge', 'Concept art of the Warden’s Gate'];
const stub = 'This article is a stub. You can help Starwake Wiki by expanding it.';
const nbTitle = 'Regions of the Shattered Expanse';
const nbItems = ['Greywater Fen', 'Thornwood', 'Hollow Spire', 'Cinder Reach', 'The Pale Coast', 'Starfall Crater'];
const h2 = (t: string): string =>
  `<h2><span class="mw-headline" id="${t.replace(/ /g, '_')}">${t}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>` +
  `<a href="/wiki/${slug}?action=edit&amp;section=1" title="Edit section: ${t}">edit</a><span class="mw-editsection-bracket">]</span></span></h2>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const row = (k: string, v: string): string => `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${k.toLowerCase()}">
<h3 class="pi-data-label pi-secondary-font">${k}</h3><div class="pi-data-value pi-font">${v}</div></div>`;
const toc = [hOverview, hPoi, hEnemies, hResources, hLore, hTrivia, 'Gallery'];
const content = `<div role="note" class="hatnote">This article is about the region. For the main story quest, see <a href="/wiki/Cinder_Reach_(quest)">Cinder
Reach (quest)</a>.</div>
<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-location pi-layout-default">
<h2 class="pi-item pi-item-spacing pi-title pi-secondary-background" data-source="title">Cinder Reach</h2>
<figure class="pi-item pi-image" data-source="image"><a href="https://static.wikia.nocookie.net/starwake/images/glass-steps.png" class="image image-thumbnail"
title=""><img src="https://static.wikia.nocookie.net/starwake/images/glass-steps.png/revision/latest/scale-to-width-down/268" class="pi-image-thumbnail"
alt="" width="268" height="151"></a><figcaption class="pi-item-spacing pi-caption">${infoCaption}</figcaption></figure>
${row('Type', 'Region')}${row('Level', '28–35')}${row('Waystones', '3')}
${row('Boss', 'Ashborn Warden')}${row('Connects to', 'Hollow Spire<br>The Pale Coast')}
</aside>
${ps(intro)}
<div class="interactive-maps-container"><div class="interactive-map-card"><div class="interactive-map-card__label">${mapCard[0]}</div><img
class="interactive-map-card__thumbnail" alt="" src="https://static.wikia.nocookie.net/starwake/images/map-thumb.png"><div class="interactive-map-card__title">
${mapCard[1]}</div><a class="wds-button interactive-map-card__button" href="/wiki/Map:Cinder_Reach">${mapCard[2]}</a></div></div>
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
${h2(hOverview)}
${ps(overview)}
${h2(hPoi)}
<ul>${poi.map((t) => `<li><b>${t.split(' – ')[0]}</b> – ${t.split(' – ')[1]}</li>`).join('\n')}</ul>
${h2(hEnemies)}
<table class="article-table sortable jquery-tablesorter"><thead><tr><th class="headerSort" tabindex="0" role="columnheader button">Enemy</th><th
class="headerSort" tabindex="0" role="columnheader button">Level</th><th class="headerSort" tabindex="0" role="columnheader button">Notes</th></tr></thead>
<tbody>${enemies.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${h2(hResources)}
<ul>${resources.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h2(hLore)}
${ps(lore)}
${h2(hTrivia)}
<ul>${trivia.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${h2('Gallery')}
<div id="gallery-0" class="wikia-gallery wikia-gallery-caption-below wikia-gallery-position-center wikia-gallery-spacing-medium wikia-gallery-border-small
wikia-gallery-captions-center wikia-gallery-caption-size-medium">${gallery
  .map(
    (c, i) => `<div class="wikia-gallery-item"><div class="thumb"><div class="gallery-image-wrapper accent"><a href="/wiki/File:Cinder_${i}.png"
class="image link-internal"><img src="https://static.wikia.nocookie.net/starwake/images/cinder-${i}.png" alt="" class="thumbimage" width="185" height="104"></a>
</div></div><div class="lightbox-caption" style="width:185px">${c}</div></div>`,
  )
  .join('\n')}</div>
<table class="plainlinks fmbox" style="width:100%;margin-top:1em"><tbody><tr><td class="mbox-text"><i>${stub}</i></td></tr></tbody></table>
<table class="navbox" style="width:100%"><tbody><tr><th class="navbox-title" colspan="2">${nbTitle}</th></tr><tr><td class="navbox-list">${nbItems
  .map((t) => (t === title ? `<a class="mw-selflink selflink">${t}</a>` : `<a href="/wiki/${t.replace(/ /g, '_')}">${t}</a>`))
  .join(' • ')}</td></tr></tbody></table>`;
const page: FandomPage = {
  title,
  slug,
  cats: ['Locations', 'Regions', 'Cinder Reach', 'Stubs'],
  langs: ['Deutsch', 'Français', 'Русский'],
  content,
  description: 'Cinder Reach is a volcanic region in the south-east of the Shattered Expanse in Starwake.',
  talk: 2,
};
const fandomLocation: TestPage = {
  name: 'heldout127-fandom-location',
  kind: 'wiki',
  html: fandomPage(wiki, page),
  // the hatnote, the map card, the infobox caption, the gallery captions, the stub notice and the navbox are furniture; the
  // infobox rows are in neither list; the enemies table's data cells are body, its header cells neither; the "Gallery" heading
  // (a heading over captions only) is in neither list
  title,
  headings: [hOverview, hPoi, hEnemies, hResources, hLore, hTrivia],
  body: texts([...intro, ...overview, ...poi, ...enemies.flat(), ...resources, ...lore, ...trivia]),
  bylines: [],
  furniture: notGold(
    [...fandomFurniture(wiki, page), hatnote, infoCaption, ...mapCard, 'Contents', 'edit', ...gallery, stub, nbTitle, ...nbItems],
    [title, hOverview, hPoi, hEnemies, hResources, hLore, hTrivia, ...enemies.flat()],
  ),
};

export const HELDOUT127_C: readonly TestPage[] = [fandomLocation, wikihow].map(tidy);
