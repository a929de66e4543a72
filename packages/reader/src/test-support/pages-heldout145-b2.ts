import { plain, type TestPage, texts } from './page-kit.js';
import { furnish, mwh } from './pages-heldout145-kit.js';
import { type VlPage, vl, vlFurniture } from './pages-heldout145-vl.js';

/**
 * Held-out batch 145, file b2: a Minecraft Wiki block article (legacy Vector skin with the wiki's sidebar portals) about
 * a made-up block: the dismissable site notice, the edition indicators, the hatnote, the blue "needs to be updated"
 * message box at the top of the text, the infobox, a crafting table, sound and data-value tables, the history table,
 * the bug-tracker line, trivia, a gallery with captions, references, the collapsed "Blocks" navbox, categories, and the
 * footer with its "Not an official Minecraft website" line.
 */
const T = 'Tidewax';
const lead = [
  '<b>Tidewax</b> is a translucent, faintly glowing block that forms on the walls of underwater ruins in warm and lukewarm oceans. It can be ' +
    'waxed onto other blocks to stop them weathering, or placed on its own as a soft light source that works underwater.',
];
const hObt = 'Obtaining';
const hBreak = 'Breaking';
const brk = [
  'Tidewax can be broken with any tool or by hand, but drops only itself when mined with a tool enchanted with Silk Touch. Otherwise it drops ' +
    '2–3 tidewax chunks, increased by Fortune.',
];
const hGen = 'Natural generation';
const gen = [
  'Tidewax generates in patches of 4 to 12 blocks on the outer walls of ocean ruins in warm and lukewarm oceans. About one ruin in three has at ' +
    'least one patch. It never generates in cold or frozen oceans.',
  'Small amounts also generate on the ceilings of underwater caves below warm oceans, usually within a few blocks of a magma block.',
];
const hCraft = 'Crafting';
const craftRow = ['Tidewax Chunk +<br>Honeycomb'];
const hUse = 'Usage';
const use = [
  'Tidewax gives off a light level of 7. Unlike most light sources, it is not affected by water, so it can be placed in flooded rooms and ' +
    'waterlogged structures without being washed away.',
  'Using a tidewax chunk on a copper block, a copper door or a copper bulb waxes it, exactly as honeycomb does. A block waxed with tidewax ' +
    'also gives off a faint shimmer, but otherwise behaves the same.',
];
const useList = [
  'Tidewax can be placed on any solid face, including the underside of blocks.',
  'Tidewax does not melt near lava or fire.',
  'Conduits count tidewax as part of their frame.',
];
const hSnd = 'Sounds';
const hData = 'Data values';
const hHist = 'History';
const hist = [
  'Added tidewax and tidewax chunks.',
  'Tidewax now generates on the ceilings of underwater caves.',
  'Tidewax can now be used to wax copper blocks.',
  'Added tidewax behind the Experimental Gameplay toggle.',
];
const hIss = 'Issues';
const iss = ['Issues relating to “Tidewax” are maintained on the bug tracker. Issues should be reported and viewed there.'];
const hTriv = 'Trivia';
const triv = [
  'Tidewax was first suggested as “sea candle” in the developers’ concept art shown at an annual convention.',
  'The glow of tidewax pulses very slowly, completing one cycle every 30 seconds.',
];
const hGal = 'Gallery';
const gal = ['A patch of tidewax on an ocean ruin.', 'Tidewax lighting a flooded room.', 'A copper bulb waxed with tidewax.'];
const hRef = 'References';
const navbox = ['Blocks', 'Natural', 'Building', 'Utility', 'Redstone', 'Decoration', 'Creative or commands only', 'Removed', 'Joke features', 'show'];
const page = 'Tidewax';
const wt = (cls: string, inner: string): string => `<table class="wikitable ${cls}" style="text-align:center">${inner}</table>`;
const content = `<div class="hatnote">For the item that drops from it, see <a href="/w/Tidewax_Chunk" title="Tidewax Chunk">Tidewax Chunk</a>. For the Bedrock
Edition waxed variant, see <a href="/w/Waxed_Tidewax" title="Waxed Tidewax">Waxed Tidewax</a>.</div>
<div class="msgbox msgbox-blue"><div class="msgbox-icon"><span typeof="mw:File"><span><img alt="" src="/images/thumb/Book_and_Quill_JE2_BE2.png/32px-x.png"
width="32" height="32"></span></span></div><div class="msgbox-text"><p><b>This article needs to be updated.</b></p><div style="font-size:90%">
<p>Please update this page to reflect recent updates or newly available information.<br>Reason: Check whether tidewax still generates in cave ceilings.</p>
</div></div></div>
<div class="notaninfobox"><div class="infobox-title">Tidewax</div><div class="infobox-imagearea animated-container"><span typeof="mw:File"><span>
<img alt="" src="/images/thumb/Tidewax_JE1_BE1.png/150px-Tidewax_JE1_BE1.png" width="150" height="150"></span></span></div><table class="infobox-rows"><tbody>
<tr><th>Rarity tier</th><td><p>Common</p></td></tr><tr><th><a href="/w/Renewable_resource">Renewable</a></th><td><p>No</p></td></tr>
<tr><th><a href="/w/Stackable">Stackable</a></th><td><p>Yes (64)</p></td></tr><tr><th>Tool</th><td><p>Any tool</p></td></tr>
<tr><th><a href="/w/Explosion#Blast_resistance">Blast resistance</a></th><td><p>0.6</p></td></tr><tr><th><a
href="/w/Breaking#Blocks_by_hardness">Hardness</a></th>
<td><p>0.6</p></td></tr><tr><th><a href="/w/Light">Luminous</a></th><td><p>Yes (7)</p></td></tr><tr><th><a
href="/w/Flammable">Flammable</a></th><td><p>No</p></td></tr>
</tbody></table></div>
${lead.map((p) => `<p>${p}</p>`).join('\n')}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div><ul>${[hObt, hUse, hSnd, hData, hHist, hIss, hTriv, hGal, hRef]
  .map((h, i) => `<li class="toclevel-1"><a href="#${h.replace(/ /g, '_')}"><span class="tocnumber">${i + 1}</span> <span class="toctext">${h}</span></a></li>`)
  .join('')}</ul></div>
${mwh(2, hObt, page, 1)}
${mwh(3, hBreak, page, 2)}
${brk.map((p) => `<p>${p}</p>`).join('\n')}
${mwh(3, hGen, page, 3)}
${gen.map((p) => `<p>${p}</p>`).join('\n')}
${mwh(3, hCraft, page, 4)}
${wt(
  'collapsible',
  `<tbody><tr><th>Ingredients</th><th><a href="/w/Crafting">Crafting</a> recipe</th></tr><tr><td>${craftRow[0]}</td><td><span class="mcui mcui-Crafting_Table
pixel-image"><span class="mcui-input"><span class="mcui-row"><span class="invslot"><span class="invslot-item invslot-item-image"><a href="/w/Tidewax_Chunk"
title="Tidewax Chunk"><img alt="" src="/images/Invicon_Tidewax_Chunk.png" width="32" height="32"></a></span></span></span></span><span class="mcui-arrow"><br>
</span><span class="mcui-output"><span class="invslot invslot-large"><span class="invslot-item invslot-item-image"><img alt="" src="/images/Invicon_Tidewax.png"
width="32" height="32"></span></span></span></span></td></tr></tbody>`,
)}
${mwh(2, hUse, page, 5)}
${use.map((p) => `<p>${p}</p>`).join('\n')}
<ul>${useList.map((t) => `<li>${t}</li>`).join('')}</ul>
${mwh(2, hSnd, page, 6)}
${wt(
  'sortable',
  `<caption>Java Edition:</caption><tbody><tr><th>Sound</th><th>Subtitles</th><th>Source</th><th>Resource location</th><th>Volume</th><th>Pitch</th></tr>
<tr><td><span class="sound-audio"><audio src="/images/Tidewax_break1.ogg" preload="none"></audio></span></td><td>Block broken</td><td>Blocks</td>
<td><code>block.tidewax.break</code></td><td>1.0</td><td>0.8</td></tr><tr><td></td><td>Footsteps</td><td>Blocks</td><td><code>block.tidewax.step</code></td>
<td>0.15</td><td>1.0</td></tr></tbody>`,
)}
${mwh(2, hData, page, 7)}
${wt(
  '',
  `<caption>Java Edition:</caption><tbody><tr><th>Name</th><th>Identifier</th><th>Form</th><th>Translation key</th></tr><tr><td>Tidewax</td>
<td><code>tidewax</code></td><td>Block &amp; Item</td><td><code>block.minecraft.tidewax</code></td></tr></tbody>`,
)}
${mwh(2, hHist, page, 8)}
${wt(
  'history-table',
  `<tbody><tr><th colspan="3" class="history-header"><a href="/w/Java_Edition">Java Edition</a></th></tr>
<tr><th rowspan="2"><a href="/w/Java_Edition_1.22">1.22</a></th><td><a href="/w/Java_Edition_25w31a">25w31a</a></td><td>${hist[0]}</td></tr>
<tr><td><a href="/w/Java_Edition_25w35a">25w35a</a></td><td>${hist[1]}</td></tr>
<tr><th><a href="/w/Java_Edition_1.22.1">1.22.1</a></th><td><a href="/w/Java_Edition_25w41a">25w41a</a></td><td>${hist[2]}</td></tr>
<tr><th colspan="3" class="history-header"><a href="/w/Bedrock_Edition">Bedrock Edition</a></th></tr>
<tr><th><a href="/w/Bedrock_Edition_1.22.0">1.22.0</a></th><td><a href="/w/Bedrock_Edition_Preview_1.22.0.22">Preview 1.22.0.22</a></td><td>${hist[3]}</td></tr>
</tbody>`,
)}
${mwh(2, hIss, page, 9)}
<p>${iss
  .join('')
  .replace(
    'bug tracker',
    '<a rel="nofollow" class="external text" href="https://bugs.mojang.com/issues/?jql=text%20~%20%22tidewax%22">bug ' + 'tracker</a>',
  )}</p>
${mwh(2, hTriv, page, 10)}
<ul>${triv.map((t) => `<li>${t}</li>`).join('')}</ul>
${mwh(2, hGal, page, 11)}
<ul class="gallery mw-gallery-traditional">${gal
  .map(
    (c, i) => `<li class="gallerybox" style="width: 155px"><div class="thumb" style="width: 150px; height: 150px;"><span typeof="mw:File"><a
href="/w/File:Tidewax_${i}.png" class="mw-file-description"><img src="/images/thumb/Tidewax_${i}.png/120px.png" width="120" height="68"></a></span></div>
<div class="gallerytext">${c}</div></li>`,
  )
  .join('\n')}</ul>
${mwh(2, hRef, page, 12)}
<div class="mw-references-wrap"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">↑</a></span> <span
class="reference-text"><a rel="nofollow" class="external text" href="https://www.minecraft.net/en-us/article/minecraft-snapshot-25w31a">“Minecraft Snapshot
25w31a”</a> – Minecraft.net, 30 July 2025.</span></li></ol></div>
<div class="navbox-wrapper"><table class="navbox hlist collapsible collapsed" data-collapsetext="hide" data-expandtext="show"><tbody><tr><th class="navbox-top"
colspan="2"><span class="jslink mw-collapsible-toggle">show</span><span class="navbox-title"><a href="/w/Block">${navbox[0]}</a></span></th></tr>
${navbox
  .slice(1, 9)
  .map((g) => `<tr style="display:none"><th class="navbox-group">${g}</th><td class="navbox-list"><ul><li><a href="/w/${g}">…</a></li></ul></td></tr>`)
  .join('\n')}</tbody></table></div>`;
const mc: VlPage = {
  site: 'Minecraft Wiki',
  lang: 'en',
  docTitle: 'Tidewax – Minecraft Wiki',
  page,
  path: '/',
  titleHtml: '<span class="mw-page-title-main">Tidewax</span>',
  head:
    '<link rel="canonical" href="https://minecraft.wiki/w/Tidewax"><meta name="description" content="Tidewax is a translucent, faintly glowing block ' +
    'that forms on ' +
    'the walls of underwater ruins.">',
  bodyClass: 'ns-0 ns-subject page-Tidewax rootpage-Tidewax',
  siteNotice: `<div id="mw-dismissablenotice-anonplace"></div><div class="mw-dismissable-notice"><div class="mw-dismissable-notice-close">[<a tabindex="0"
role="button">dismiss</a>]</div><div class="mw-dismissable-notice-body"><div id="localNotice" data-nosnippet=""><div class="anonnotice" lang="en" dir="ltr">
<p>The wiki is looking for translators! <a href="/w/Minecraft_Wiki:Translation">Help us keep the non-English wikis up to date.</a></p></div></div></div></div>`,
  indicators: `<div id="mw-indicator-editions" class="mw-indicator"><span class="edition-indicator"><a href="/w/Java_Edition" title="Java Edition"><img
alt="Java Edition" src="/images/Java_Edition_icon.png" width="24" height="24"></a><a href="/w/Bedrock_Edition" title="Bedrock Edition"><img
alt="Bedrock Edition"
src="/images/Bedrock_Edition_icon.png" width="24" height="24"></a></span></div>`,
  subtitle: '',
  content,
  cats: ['Light sources', 'Natural blocks', 'Underwater blocks', 'Pages needing update', 'Java Edition upcoming'],
  hiddenCats: ['Pages with missing sprites'],
  tabs: ['Page', 'Talk'],
  views: ['Read', 'Edit', 'View history'],
  more: ['Purge'],
  portals: [
    ['Navigation', ['Main page', 'Recent changes', 'Random page', 'Discord community', 'Help']],
    ['Games', ['Minecraft', 'Dungeons', 'Legends', 'Earth', 'Story Mode']],
    ['Useful pages', ['Trading', 'Brewing', 'Enchanting', 'Mobs', 'Blocks', 'Items', 'Smelting', 'Tutorials', 'Resource packs', 'Redstone circuits']],
    ['Minecraft links', ['Website', 'Discord', 'Support', 'Bug tracker', 'Feedback']],
    ['Wiki community', ['Projects', 'Wiki rules', 'Style guide', 'Sandbox', 'Admin noticeboard', 'Directors']],
    ['Tools', ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information', 'Cite this page']],
  ],
  langs: ['Deutsch', 'Español', 'Français', '日本語', '中文'],
  edited: 'This page was last edited on 12 October 2025, at 08:41.',
  copyright:
    'Content on this site is licensed under <a href="https://creativecommons.org/licenses/by-nc-sa/3.0/">CC BY-NC-SA 3.0</a>; additional terms may apply.<br>' +
    'Not an official Minecraft website. We are not associated with Mojang or Microsoft.',
  places: ['Privacy policy', 'About Minecraft Wiki', 'Disclaimers', 'Terms of Use', 'Mobile view'],
  afterContent: '',
  scripts: '<script async src="https://minecraft.wiki/load.php?modules=ext.gadget.darkmode&amp;only=scripts"></script>',
};
const headings = [hObt, hBreak, hGen, hCraft, hUse, hSnd, hData, hHist, hIss, hTriv, hGal, hRef];
const body = [...texts(lead), ...brk, ...gen, ...texts(craftRow), ...use, ...useList, ...hist, ...iss, ...triv];
export const minecraftPage: TestPage = {
  html: vl(mc),
  name: 'heldout145-minecraft-wiki-block',
  kind: 'wiki',
  // infobox rows, the sound and data-value tables (subtitles, identifiers, keys), the history table's version and
  // snapshot cells and the reference are in neither list; the crafting row's ingredients and the history change notes
  // (table data cells) are body, as is the bug-tracker line of the Issues section; the site notice, indicators,
  // hatnote, the "needs to be updated" box, the contents box, gallery captions and the navbox are furniture
  title: T,
  headings,
  body,
  bylines: [mc.edited],
  furniture: furnish(
    [T, ...headings, ...body],
    [
      'dismiss',
      'The wiki is looking for translators! Help us keep the non-English wikis up to date.',
      plain(content.slice(0, content.indexOf('<div class="msgbox'))),
      'This article needs to be updated.',
      'Please update this page to reflect recent updates or newly available information.',
      'Reason: Check whether tidewax still generates in cave ceilings.',
      'Contents',
      'edit',
      ...gal,
      ...navbox,
    ],
    vlFurniture(mc),
  ),
};
