import { type TestPage, texts } from './page-kit.js';
import { encyclopediaPage } from './pages-heldout145-c2.js';
import { furnish, mwh } from './pages-heldout145-kit.js';
import { type VlPage, vl, vlFurniture } from './pages-heldout145-vl.js';

/**
 * Held-out batch 145, file c: a villager article on a made-up fan-run game MediaWiki in the Nookipedia manner (legacy
 * Vector skin with the wiki's own sidebar portals, a dismissable anniversary site notice, an ad slot under the title,
 * the hatnote, the villager infobox with its tabs, a "needs more images" box, personality and house sections, a
 * dialogue list, a names-in-other-languages table, a gallery, the collapsed villager navbox, categories and a footer with
 * the fan-wiki disclaimer) and, from file c2, an Encyclopedia.com topic page.
 */
const T = 'Marzipan';
const lead = [
  '<b>Marzipan</b> is a peppy hedgehog villager in the <i><a href="/wiki/Thistle_Hollow_(series)">Thistle Hollow</a></i> series. She first appeared in ' +
    '<i>Thistle Hollow: Seasons</i> and has returned in every main game since. Her name comes from the almond sweet, and her spines are the pale pink ' +
    'of the icing on a festival cake.',
];
const hChar = 'Characteristics';
const hPers = 'Personality';
const pers = [
  'As a peppy villager, Marzipan is cheerful, excitable and quick to make friends with the player. She often talks about becoming a famous baker and ' +
    'will sometimes announce that she has invented a new recipe, although she rarely says what is in it. She gets along well with other peppy and ' +
    'normal villagers but tends to argue with cranky ones, especially first thing in the morning.',
  'Marzipan’s hobby is cooking. She can be found stirring a bowl outside her house on sunny days, and she is one of the villagers most likely to ' +
    'give the player a recipe card as a gift.',
];
const hApp = 'Appearance';
const app = [
  'Marzipan is a small pink hedgehog with cream-coloured cheeks and a round brown nose. She wears a striped apron by default, and her eyes are ' +
    'drawn with long lashes and a small white highlight. In <i>Thistle Hollow Pocket</i> her apron was replaced with a yellow sundress.',
];
const hGames = 'In Thistle Hollow: Seasons';
const games = [
  'In <i>Thistle Hollow: Seasons</i>, Marzipan can move onto the player’s island from the campsite or be invited from a mystery island. Her initial ' +
    'catchphrase is “crumbs!”, and her favourite saying is “A spoonful of sugar never hurt anybody.”',
];
const hHouse = 'House';
const house = [
  'Marzipan’s house has a checked floor and pale green wallpaper. Her furniture is mostly from the Cottage series, with a large oven against the back ' +
    'wall and a table covered in flour. Her house plays the song “Hollow Waltz” on a wooden stereo.',
];
const hDial = 'Dialogue';
const dial = [
  '“Crumbs! You caught me licking the spoon. Please don’t tell anyone, it’s a family recipe!”',
  '“I tried to bake a cake shaped like the town hall, but it came out shaped like a hat. So now it’s a hat cake. Very fashionable, crumbs!”',
  '“When I open my bakery you’ll get the first slice. Well, the second. I’ll need to test the first one.”',
];
const hNames = 'Names in other languages';
const hGal = 'Gallery';
const gal = ['Marzipan’s house exterior', 'Official artwork from Thistle Hollow: Seasons', 'Marzipan in Thistle Hollow Pocket'];
const navbox = ['Hedgehog villagers', 'Bramble', 'Clove', 'Hazel Pip', 'Nutmeg', 'Pincushion', 'Sorrel', 'v', 't', 'e'];
const page = 'Marzipan';
const infobox = `<table class="infobox villager-infobox" style="float:right; width:300px; border-collapse:separate; background:#fff5e8;"><tbody>
<tr><th colspan="2" class="infobox-title" style="background:#f7c6d2;">Marzipan</th></tr><tr><td colspan="2" style="text-align:center;">
<div class="tabber tabber--live"><header class="tabber__header"><nav class="tabber__tabs" role="tablist"><a class="tabber__tab" role="tab" aria-selected="true"
href="#Seasons">Seasons</a><a class="tabber__tab" role="tab" aria-selected="false" href="#Pocket">Pocket</a></nav></header><section class="tabber__section">
<article class="tabber__panel" role="tabpanel" id="tabber-Seasons"><span typeof="mw:File"><img alt="Marzipan in Seasons"
src="/w/images/thumb/marzipan_ths.png/200px.png"
width="200" height="200"></span></article><article class="tabber__panel" role="tabpanel" id="tabber-Pocket" hidden><span typeof="mw:File"><img
alt="Marzipan in Pocket" src="/w/images/thumb/marzipan_thp.png/200px.png" width="200" height="200"></span></article></section></div></td></tr>
<tr><th>Species</th><td>Hedgehog</td></tr><tr><th>Gender</th><td>Female</td></tr><tr><th>Personality</th><td>Peppy</td></tr>
<tr><th>Birthday</th><td>April 9th</td></tr><tr><th>Catchphrase</th><td>“crumbs”</td></tr><tr><th>Hobby</th><td>Cooking</td></tr>
<tr><th>Favorite song</th><td>Hollow Waltz</td></tr><tr><th>Appearances</th><td><i>THS</i>, <i>THP</i>, <i>THHD</i></td></tr></tbody></table>`;
const content = `<div class="hatnote" role="note">This article is about the villager. For the cooking ingredient, see <a
href="/wiki/Marzipan_(item)">Marzipan (item)</a>.
</div>
${infobox}
<div class="mbox mbox-images" style="border:1px solid #d9a; background:#fff0f4; padding:4px 8px; margin:0 0 8px;"><b>This article needs more
images.</b> You can help
Thistlepedia by <a href="/wiki/Special:Upload">uploading</a> screenshots of Marzipan’s summer outfit.</div>
${lead.map((p) => `<p>${p}</p>`).join('\n')}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><div class="toctitle" lang="en" dir="ltr"><h2
id="mw-toc-heading">Contents</h2></div>
<ul>${[hChar, hGames, hNames, hGal]
  .map((h, i) => `<li class="toclevel-1"><a href="#${h.replace(/ /g, '_')}"><span class="tocnumber">${i + 1}</span> <span class="toctext">${h}</span></a></li>`)
  .join('')}</ul></div>
${mwh(2, hChar, page, 1)}
${mwh(3, hPers, page, 2)}
${pers.map((p) => `<p>${p}</p>`).join('\n')}
${mwh(3, hApp, page, 3)}
${app.map((p) => `<p>${p}</p>`).join('\n')}
${mwh(2, hGames, page, 4).replace('>In Thistle Hollow: Seasons<', '>In <i>Thistle Hollow: Seasons</i><')}
${games.map((p) => `<p>${p}</p>`).join('\n')}
${mwh(3, hHouse, page, 5)}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Marzipan_house_interior_THS.png" class="mw-file-description"><img
src="/w/images/thumb/Marzipan_house_interior_THS.png/220px.png" width="220" height="124" class="mw-file-element"></a>
<figcaption>Interior of Marzipan’s house in <i>Seasons</i></figcaption></figure>
${house.map((p) => `<p>${p}</p>`).join('\n')}
${mwh(3, hDial, page, 6)}
<ul>${dial.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${mwh(2, hNames, page, 7)}
<table class="wikitable langtable"><tbody><tr><th>Language</th><th>Name</th><th>Translation</th></tr><tr><td>Japanese</td><td>マジパン <i>Majipan</i></td>
<td>Marzipan</td></tr><tr><td>French</td><td>Pâtissette</td><td>Little pastry</td></tr><tr><td>German</td><td>Mandelinchen</td><td>From Mandel,
“almond”</td></tr>
<tr><td>Spanish</td><td>Mazapina</td><td>From mazapán</td></tr></tbody></table>
${mwh(2, hGal, page, 8)}
<ul class="gallery mw-gallery-packed">${gal
  .map(
    (
      c,
      i,
    ) => `<li class="gallerybox" style="width: 180px"><div class="thumb" style="width: 178px;"><span typeof="mw:File"><a href="/wiki/File:Marzipan_${i}.png"
class="mw-file-description"><img src="/w/images/thumb/Marzipan_${i}.png/178px.png" width="178" height="120"></a></span></div><div
class="gallerytext">${c}</div></li>`,
  )
  .join('\n')}</ul>
<div role="navigation" class="navbox" aria-labelledby="Hedgehog_villagers"><table class="nowraplinks mw-collapsible mw-collapsed navbox-inner"><tbody><tr>
<th scope="col" class="navbox-title" colspan="2"><div class="plainlinks hlist navbar mini"><ul><li class="nv-view"><a href="/wiki/Template:Hedgehogs"><abbr
title="View this template">v</abbr></a></li><li class="nv-talk"><a href="/wiki/Template_talk:Hedgehogs"><abbr title="Discuss this template">t</abbr></a></li>
<li class="nv-edit"><a href="/wiki/Special:EditPage/Template:Hedgehogs"><abbr title="Edit this template">e</abbr></a></li></ul></div>
<div id="Hedgehog_villagers" style="font-size:114%;margin:0 4em">${navbox[0]}</div><button type="button" class="mw-collapsible-toggle"><span
class="mw-collapsible-text">show</span></button></th></tr><tr style="display:none"><td class="navbox-list"><ul>
${navbox
  .slice(1, 7)
  .map((n) => `<li><a href="/wiki/${n.replace(/ /g, '_')}">${n}</a></li>`)
  .join('')}<li><a class="mw-selflink selflink">Marzipan</a></li></ul></td></tr></tbody></table></div>`;
const tp: VlPage = {
  site: 'Thistlepedia, the Thistle Hollow wiki',
  lang: 'en',
  docTitle: 'Marzipan - Thistlepedia, the Thistle Hollow wiki',
  page,
  path: '/w/',
  titleHtml: '<span class="mw-page-title-main">Marzipan</span>',
  head:
    '<link rel="canonical" href="https://thistlepedia.example/wiki/Marzipan"><meta property="og:image" ' +
    'content="https://thistlepedia.example/w/images/marzipan_ths.png">' +
    '<script async src="https://ads.hearthmedia.example/tag/thistlepedia.js"></script>',
  bodyClass: 'ns-0 ns-subject page-Marzipan rootpage-Marzipan',
  siteNotice: `<div class="mw-dismissable-notice"><div class="mw-dismissable-notice-close">[<a tabindex="0" role="button">dismiss</a>]</div>
<div class="mw-dismissable-notice-body"><div id="localNotice" data-nosnippet=""><div class="sitenotice" lang="en" dir="ltr"><p>Thistlepedia is ten years old!
<a href="/wiki/Thistlepedia:Anniversary">Join the anniversary events on our Discord server.</a></p></div></div></div></div>
<div id="hm-ad-atf" class="hm-ad-slot hm-ad-leaderboard" data-slot="thistlepedia_atf_728x90"><span class="hm-ad-label">Advertisement</span>
<div id="hm-ad-atf-inner" style="width:728px;height:90px;"></div></div>`,
  indicators: '',
  subtitle: '',
  content,
  cats: ['Villagers', 'Hedgehogs', 'Peppy villagers', 'Female villagers', 'Thistle Hollow: Seasons villagers', 'Thistle Hollow Pocket villagers'],
  hiddenCats: ['Articles needing images'],
  tabs: ['Page', 'Discussion'],
  views: ['Read', 'Edit', 'Edit source', 'View history'],
  more: [],
  portals: [
    ['Navigation', ['Main page', 'Recent changes', 'Random page', 'Help', 'Donate']],
    ['Community', ['Community portal', 'Discord server', 'Projects', 'Policies', 'Staff']],
    ['Games', ['Thistle Hollow', 'Thistle Hollow: Seasons', 'Thistle Hollow Pocket', 'Thistle Hollow: Home Designer']],
    ['Tools', ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information']],
  ],
  langs: [],
  edited: 'This page was last edited on 28 August 2025, at 19:22.',
  copyright:
    'Content is available under <a href="/wiki/Thistlepedia:Copyrights">Creative Commons Attribution-ShareAlike</a> unless otherwise noted.<br>Thistle ' +
    'Hollow is a trademark of Bramblework Games. Thistlepedia is a fan-run wiki and is not affiliated with Bramblework Games.',
  places: ['Privacy policy', 'About Thistlepedia', 'Disclaimers', 'Terms of Service', 'Mobile view'],
  afterContent: `<div id="hm-ad-sticky" class="hm-ad-slot hm-ad-sticky-footer"><span class="hm-ad-label">Advertisement</span><button class="hm-ad-close"
aria-label="Close ad">×</button></div>`,
  scripts: '<script src="https://thistlepedia.example/w/load.php?modules=ext.gadget.tabber&amp;only=scripts"></script>',
};
const headings = [hChar, hPers, hApp, hGames, hHouse, hDial, hNames, hGal];
const body = [...texts(lead), ...pers, ...texts(app), ...texts(games), ...house, ...dial];
const gameWiki: TestPage = {
  html: vl(tp),
  name: 'heldout145-thistlepedia-villager',
  kind: 'wiki',
  // the infobox (with its image tabs) and the names-in-other-languages table are in neither list; the dialogue lines
  // are body; the site notice, ad labels, hatnote, "needs more images" box, contents box, image and gallery captions and
  // the navbox are furniture
  title: T,
  headings,
  body,
  bylines: [tp.edited],
  furniture: furnish(
    [T, ...headings, ...body],
    [
      'dismiss',
      'Thistlepedia is ten years old! Join the anniversary events on our Discord server.',
      'Advertisement',
      '×',
      'This article is about the villager. For the cooking ingredient, see Marzipan (item).',
      'This article needs more images.',
      'You can help Thistlepedia by uploading screenshots of Marzipan’s summer outfit.',
      'Contents',
      'edit',
      'Interior of Marzipan’s house in Seasons',
      ...gal,
      ...navbox,
      'show',
    ],
    vlFurniture(tp),
  ),
};

export const HELDOUT145_C: readonly TestPage[] = [gameWiki, encyclopediaPage];
