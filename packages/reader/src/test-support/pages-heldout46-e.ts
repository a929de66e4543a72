import { links, type TestPage, texts } from './page-kit.js';
import { alltrailsTrail } from './pages-heldout46-e2.js';

/**
 * Held-out batch 46, file e: a Ravelry pattern page seen signed out (the join banner, top nav, pattern title and designer
 * line, the pattern/projects/yarn ideas/forum/comments tabs, the photo box with its counter, favourite/queue/library buttons,
 * the purchase box, the attribute table with "?" help links, the stats box, the designer's notes with their own headings and
 * a list, the attribute tags, "more from" the designer, an ad slot and the footer). Old Rails markup with inline scripts.
 */
const rvTitle = 'Larkspur Cowl';
const rvNotes1 = [
  'Larkspur is a deep, slightly slouchy cowl worked in the round from the bottom up. A band of twisted-stitch lattice climbs from ' +
    'the ribbed hem and opens into a field of small tucked stitches near the top edge, so the fabric is sturdy where it sits on ' +
    'your shoulders and soft where it touches your chin.',
  'The pattern was written for a single skein of a woolly DK with good stitch definition. I knit the sample in a heathered blue, ' +
    'but a semi-solid or tweed will show the lattice just as well; highly variegated yarns tend to hide it. Two strands of a ' +
    'fingering weight held together also work, at a slightly firmer fabric.',
];
const rvH1 = 'What you will need';
const rvNeeds = [
  'One skein of DK weight yarn, about 300 yards',
  '16 in. circular needle in US 6 (4.0 mm), or the size needed for gauge',
  'A cable needle (optional, the lattice can be worked without one)',
  'One stitch marker and a tapestry needle',
];
const rvH2 = 'Finished measurements';
const rvSize = [
  'About 23 in. around and 11 in. tall after blocking. To make a wider cowl, add 8 stitches for every inch of circumference; the ' +
    'lattice repeat is 16 stitches, so any multiple of 16 works.',
];
const rvH3 = 'Skills';
const rvSkills = [
  'You should be comfortable knitting in the round and following a chart. Every chart row is also written out in full, and the ' +
    'pattern includes photo tutorials for the right and left twists and the tuck stitch.',
  'Larkspur was test knit by seven knitters in sizes from a close-fitting 20 in. to a generous 28 in., and I am grateful to all of ' +
    'them for their patience with the first version of the chart.',
];
const rvAttrs: [string, string][] = [
  ['Craft', 'Knitting'],
  ['Category', 'Neck / Torso → Cowl'],
  ['Published', 'October 2025'],
  ['Suggested yarn', 'Cobblestone Fibers Heath DK'],
  ['Yarn weight', 'DK (11 wpi)'],
  ['Gauge', '22 stitches and 30 rows = 4 inches in stockinette stitch'],
  ['Needle size', 'US 6 - 4.0 mm'],
  ['Yardage', '280 - 330 yards (256 - 302 m)'],
  ['Sizes available', 'One size, adjustable'],
  ['Languages', 'English'],
];
const rvNav = ['patterns', 'yarns', 'people', 'forums', 'groups', 'events'];
const rvTabs = ['pattern', 'projects', 'yarn ideas', 'forum', 'comments', 'editing'];
const rvTags = ['chart', 'in-the-round', 'twisted-stitches', 'seamless', 'worked-flat-then-joined'];
const rvMore = ['Thornfield Hat', 'Sill Mitts', 'Kestrel Shawl'];
const rvFoot = ['about us', 'blog', 'help', 'advertise', 'terms of service', 'privacy policy', 'accessibility'];
const rvHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ravelry: ${rvTitle} pattern by Maren Holt</title>
<meta name="description" content="Larkspur is a deep, slightly slouchy cowl worked in the round from the bottom up.">
<meta property="og:title" content="${rvTitle}"><link rel="stylesheet" href="/stylesheets/compiled/pattern_show.css?1761234567">
<script src="/javascripts/compiled/prototype_bundle.js?1761234567"></script>
<script>R.user = null; R.pattern = {"id":1438821,"permalink":"larkspur-cowl-5","free":false};</script></head>
<body class="patterns show no_sidebar"><div id="signed_out_banner" class="signed_out_banner"><p>Ravelry is a place for knitters, crocheters, designers,
spinners and dyers to keep track of their projects and find ideas.</p><a class="button" href="/account/register">Join now</a>
<a href="/account/login">Sign in</a></div>
<div id="page"><div id="header"><a id="logo" href="/"><img alt="Ravelry" src="/images/ravelry-logo.png"></a>
<ul id="main_tabs" class="tabs">${links(rvNav, 'tab')}</ul><form id="search_form"><input type="text" name="q" placeholder="search Ravelry"></form></div>
<div id="content" class="pattern core_item_page"><div class="core_item_content__heading"><h1 class="c-h1">${rvTitle}</h1>
<p class="designer">by <a href="/designers/maren-holt">Maren Holt</a></p></div>
<ul class="core_item_tabs">${rvTabs
  .map(
    (t, i) =>
      `<li class="${i === 0 ? 'current' : ''}"><a href="#">${t}</a>${t === 'projects' ? ' <span class="count">57</span>' : ''}` +
      `${t === 'comments' ? ' <span class="count">8</span>' : ''}</li>`,
  )
  .join('')}</ul>
<div class="core_item_content"><div class="photos_box"><div class="photo_frame">
<img src="https://images4-g.ravelrycache.com/uploads/marenholt/911/larkspur_medium2.jpg"
alt=""></div><p class="photo_count">photos 1 of 6</p><ul class="photo_actions"><li><a href="#">Add to favorites</a></li><li><a href="#">Add to queue</a></li>
<li><a href="#">Add to library</a></li></ul></div>
<div class="pattern_purchase box"><p>This pattern is available for <strong>7.00 USD</strong></p><a class="button buy_now" href="#">buy it now</a>
<p class="or_cart">or <a href="#">add to cart</a></p><p class="small">Sold through Holt Knits Studio</p></div>
<div class="core_item_content__attributes pattern_attributes"><table class="fields"><tbody>
${rvAttrs
  .map(
    ([k, v]) => `<tr class="field"><th><label>${k}</label></th><td class="value">${v}${k === 'Yarn weight' ? ' <a class="help" href="#">?</a>' : ''}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div>
<div class="stats box"><ul><li><a href="#">57 projects</a></li><li>stash matches</li><li><a href="#">1,204 favorites</a></li><li><a href="#">418 queued</a>
</li></ul>
<p class="rating">rating 4.8 average</p><p class="difficulty">difficulty 3.1 average</p><p class="votes">(12 votes)</p></div>
<div class="notes markdown"><div class="markdown">${rvNotes1.map((p) => `<p>${p}</p>`).join('\n')}
<h3>${rvH1}</h3><ul>${rvNeeds.map((t) => `<li>${t}</li>`).join('')}</ul>
<h3>${rvH2}</h3>${rvSize.map((p) => `<p>${p}</p>`).join('')}
<h3>${rvH3}</h3>${rvSkills.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="pattern_attributes_tags"><h4>Pattern attributes</h4><ul class="tags">${links(rvTags, 'tag')}</ul></div>
<div class="more_from"><h4>more from Maren Holt</h4><ul>${links(rvMore)}</ul><a href="/designers/maren-holt">see all</a></div></div>
<div id="rav_ad_box" class="ad_box"><span class="ad_label">advertisement</span><div class="ad_slot" data-slot="pattern_sidebar"></div></div></div>
<div id="footer"><ul>${links(rvFoot)}</ul><p>© 2025 Ravelry</p></div></div></body></html>`;
const ravelry: TestPage = {
  html: rvHtml,
  name: 'heldout46-ravelry-pattern',
  kind: 'blog',
  // the designer's notes are the article: paragraphs, the needs list and the three h3 the designer wrote (the headings); the
  // designer's name is the byline ("by" in neither) and so is the attribute table's publication date; the rest of the
  // attribute table (labels and values, "Published" with them, the "?" help link), the join banner, nav, tabs and their
  // counts, the photo counter and buttons, the purchase box, stats, attribute tags, "more from", the ad label and the footer
  // are furniture
  title: rvTitle,
  headings: [rvH1, rvH2, rvH3],
  body: [...texts(rvNotes1), ...rvNeeds, ...texts(rvSize), ...texts(rvSkills)],
  bylines: ['Maren Holt', 'October 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ravelry is a place for knitters, crocheters, designers, spinners and dyers to keep track of their projects and find ideas.', 'Join now', 'Sign in',
    ...rvNav, ...rvTabs, '57', '8', 'photos 1 of 6', 'Add to favorites', 'Add to queue', 'Add to library', 'This pattern is available for 7.00 USD',
    'buy it now', 'or add to cart', 'Sold through Holt Knits Studio', ...rvAttrs.flat().filter((t) => t !== 'October 2025'), '?', '57 projects',
    'stash matches',
    '1,204 favorites', '418 queued', 'rating 4.8 average', 'difficulty 3.1 average', '(12 votes)', 'Pattern attributes', ...rvTags, 'more from Maren Holt',
    ...rvMore, 'see all', 'advertisement', ...rvFoot, '© 2025 Ravelry',
  ],
};

export const HELDOUT46_E: readonly TestPage[] = [ravelry, alltrailsTrail];
