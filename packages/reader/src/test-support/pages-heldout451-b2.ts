import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout451-kit.js';

/**
 * Held-out batch 451, file b2: a WordPress blog post clipped with the Evernote Web Clipper and exported from Evernote as HTML
 * (exporter meta tags, the note attribute table with Created, Updated, Source and Tags, the clip's --en-clipped-content style,
 * and the clipped page's own leftovers: entry meta, category links, the Jetpack "Share this:" and "Like this:" blocks and the
 * Related posts).
 */
const eTitle = 'Keeping a sourdough starter alive through a cold winter';
const eP1 = [
  j(
    'My kitchen drops to eleven degrees overnight from December to February, and for three winters running my starter has sulked.',
    'It rose slowly, smelled of nail varnish by the morning, and gave me loaves that were dense at the bottom and pale on top.',
  ),
  j(
    'This winter I kept notes, changed one thing at a time, and ended up with a starter that doubles reliably even when the radiator',
    'is off. None of this is new to professional bakers, but it took me a long time to piece together, so here it is in one place.',
  ),
];
const eH1 = 'Feed it less often, but feed it more';
const eP2 = [
  j(
    'In a cold room the yeast and bacteria work slowly, so a starter fed twice a day never has time to peak before the next feed.',
    'I moved to a single feed each evening at a ratio of one part starter to five parts flour and five parts water by weight.',
  ),
  j(
    'The larger feed dilutes the acid that builds up overnight, and the single feed gives the culture a full day to rise. By the',
    'second week the smell had softened from solvent to something closer to yoghurt.',
  ),
];
const eH2 = 'Find the warm spots in the house';
const eP3 = ['Before buying a proofing box, I went round the house with a cheap probe thermometer for a weekend. The useful places were:'];
const eSpots = [
  'The top of the fridge, which sat at a steady 22 degrees from the compressor below',
  'The oven with only its light switched on, which reached 27 degrees after an hour, too warm to leave overnight',
  'A shelf in the airing cupboard next to the hot water tank, at 24 degrees most of the day',
];
const eP4 = [
  j(
    'The airing cupboard won. The jar now lives there in a small cool box with the lid off, which keeps it away from the towels',
    'and evens out the temperature when the heating switches off at night.',
  ),
];
const eH3 = 'Use warm water and a little rye';
const eP5 = [
  j(
    'Two smaller changes made a visible difference. I feed with water at about 30 degrees instead of straight from the tap, and I',
    'replace a fifth of the white flour with wholemeal rye, which carries more of the wild yeasts and seems to wake the culture faster.',
  ),
  j(
    'If you only change one thing, change the temperature. Flour, ratios and timing all matter, but a starter kept at twenty-four',
    'degrees will forgive most other mistakes.',
  ),
];
const eRelated = ['A simple overnight rye loaf', 'What I got wrong about autolyse', 'Baking in a Dutch oven without burning the base'];
const eHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
<meta name="exporter-version" content="Evernote Mac 10.98.3 (471207)"/><meta name="author" content="Saskia Lindqvist"/>
<meta name="created" content="2026-02-18 09:31:12 +0000"/><meta name="source" content="web.clip7"/>
<meta name="source-url" content="https://crumbandcrust.example/2026/02/sourdough-starter-cold-winter/"/>
<meta name="updated" content="2026-02-19 20:04:55 +0000"/><title>${eTitle} – Crumb &amp; Crust</title></head><body>
<table bgcolor="#D4DDE5" border="0"><tr><td><b>Created:</b></td><td><i>18/02/2026 09:31</i></td></tr>
<tr><td><b>Updated:</b></td><td><i>19/02/2026 20:04</i></td></tr>
<tr><td><b>Source:</b></td><td><a href="https://crumbandcrust.example/2026/02/sourdough-starter-cold-winter/">
<i>https://crumbandcrust.example/2026/02/sourdough-starter-cold-winter/</i></a></td></tr>
<tr><td><b>Tags:</b></td><td><i>baking, sourdough, to try</i></td></tr></table><br/>
<div style="--en-clipped-content:article; --en-clipped-source-url:https://crumbandcrust.example/2026/02/sourdough-starter-cold-winter/;
--en-clipped-source-title:${eTitle};">
<div class="site-content" style="box-sizing: border-box; max-width: 720px; margin: 0 auto;"><article id="post-2281"
class="post-2281 post type-post status-publish format-standard hentry category-baking" style="box-sizing: border-box;">
<header class="entry-header" style="margin-bottom: 24px;"><h1 class="entry-title" style="font-size: 38px;">${eTitle}</h1>
<div class="entry-meta" style="color: #767676;"><span class="posted-on">Posted on <a href="https://crumbandcrust.example/2026/02/"><time
class="entry-date published" datetime="2026-02-02T07:30:00+00:00">February 2, 2026</time></a></span>
<span class="byline"> by <span class="author vcard"><a class="url fn n" href="https://crumbandcrust.example/author/hanne/">Hanne Virtanen</a></span></span>
</div></header>
<div class="entry-content" style="font-family: Georgia, serif; font-size: 18px; line-height: 1.7;">
${ps(eP1, ' style="margin: 0 0 24px;"')}
<h2 style="font-size: 26px;">${eH1}</h2>
${ps(eP2, ' style="margin: 0 0 24px;"')}
<h2 style="font-size: 26px;">${eH2}</h2>
${ps(eP3, ' style="margin: 0 0 24px;"')}
<ul style="padding-left: 24px;">
${lis(eSpots)}
</ul>
${ps(eP4, ' style="margin: 0 0 24px;"')}
<h2 style="font-size: 26px;">${eH3}</h2>
${ps(eP5, ' style="margin: 0 0 24px;"')}
<div class="sharedaddy sd-sharing-enabled" style="margin-top: 32px;"><h3 class="sd-title">Share this:</h3>
<ul>${links(['Facebook', 'Pinterest', 'Email'], 'share-item')}</ul></div>
<div class="sharedaddy sd-block sd-like"><h3 class="sd-title">Like this:</h3><span class="sd-text-color">Like</span>
<span class="sd-text-color">Loading...</span></div>
<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<ul>${links(eRelated, 'jp-relatedposts-post')}</ul></div></div>
<footer class="entry-footer" style="font-size: 14px;">
<span class="cat-links">Posted in <a href="https://crumbandcrust.example/category/baking/">Baking</a></span>
<span class="tags-links">Tagged <a href="https://crumbandcrust.example/tag/starter/">starter</a>, <a href="https://crumbandcrust.example/tag/winter/">winter
baking</a></span></footer></article></div></div>
</body></html>`;
export const evernote: TestPage = {
  name: 'heldout451-evernote-web-clip-blog',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: [eH1, eH2, eH3],
  body: texts([...eP1, ...eP2, ...eP3, ...eSpots, ...eP4, ...eP5]),
  bylines: ['Created:', '18/02/2026 09:31', 'Updated:', '19/02/2026 20:04', 'Posted on February 2, 2026', 'by Hanne Virtanen'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Source:', 'https://crumbandcrust.example/2026/02/sourdough-starter-cold-winter/', 'Tags:', 'baking, sourdough, to try', 'Share this:', 'Facebook',
    'Pinterest', 'Email', 'Like this:', 'Loading...', 'Related', ...eRelated, 'Posted in Baking', 'Tagged starter, winter baking',
  ],
};
