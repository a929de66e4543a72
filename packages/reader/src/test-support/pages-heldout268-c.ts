import { ps, type TestPage, texts } from './page-kit.js';
import { ghost } from './pages-heldout268-c2.js';
import { j } from './pages-heldout268-kit.js';

/**
 * Held-out batch 268, file c: a sports match report on the publisher's own AMP page, made by the WordPress AMP plugin's Reader
 * mode (amp-wp-header, amp-wp-article with its meta list of byline, posted-on and category, the featured image with caption, a
 * scoring table in the body, the article footer with tags, comments link and "Back to top", the amp-wp-footer) and, from file
 * c2, a Ghostarchive-style snapshot of an Elementor-built blog post. The report is a data-heavy page: its table rows are body.
 */
const title = 'Harlow Vale hold on for 24-19 win at Brackley Park';
const p1 = [
  `Harlow Vale survived a late siege on their own line to beat Brackley 24-19 on Saturday and climb to third in the Midlands
Premier, their fourth league win in a row.`,
  `The visitors led 17-5 at half-time after tries from wing Jonah Achterberg and flanker Luca Pemberton, both created by
quick ball from the base of a dominant scrum. Fly-half Reuben Scholes added the conversions and a penalty from 35 metres.`,
  `Brackley came out with far more urgency after the break. Their captain Sam Oduya crashed over from a lineout drive in the
48th minute, and when replacement scrum-half Evan Price sniped through a gap ten minutes later the lead was down to five.`,
  `Scholes restored some breathing space with a second penalty, and Pemberton's second try, from a charge-down on halfway,
looked to have settled it. Brackley had the last word on the scoreboard through centre Kofi Adjei, but spent the final four
minutes camped five metres out without finding a way through a defence that made 31 tackles in that last passage alone.`,
];
const h1 = 'Scoring summary';
const rows = [
  ['Harlow Vale', 'Achterberg, Pemberton 2', 'Scholes 3', 'Scholes 2', '24'],
  ['Brackley', 'Oduya, Price, Adjei', 'Price 2', '', '19'],
];
const h2 = 'What the coaches said';
const p2 = [
  `Harlow Vale director of rugby Callie Shaw said: "The last five minutes took a few years off me. We were brilliant in the first
half and then we let them into it, but the way the lads defended at the end says everything about this group."`,
  `Brackley head coach Neil Carrick was left to rue a slow start. "We gave them 17 points of a head start and you can't do that
against a side in this form. The second half was the standard we want from the first minute."`,
  j('Harlow Vale host Stourford next Saturday, while Brackley travel to the league leaders Ember Mill.'),
];
const cells = rows.flat().filter((c) => c !== '');
const html = `<!doctype html>
<html amp lang="en-GB"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<title>${title} &#8211; Vale Rugby Mail</title><link rel="canonical" href="https://valerugbymail.co.uk/2023/10/harlow-vale-brackley-report/" />
<script type="application/ld+json">{"@context":"http:\\/\\/schema.org","publisher":{"@type":"Organization","name":"Vale Rugby Mail"},
"@type":"BlogPosting","mainEntityOfPage":"https:\\/\\/valerugbymail.co.uk\\/2023\\/10\\/harlow-vale-brackley-report\\/","headline":"${title}",
"datePublished":"2023-10-14T18:22:10+01:00","author":{"@type":"Person","name":"Owen Tasker"}}</script>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>
<style amp-custom>.amp-wp-header{background-color:#0a3d2a}.amp-wp-article-content table{border-collapse:collapse}</style></head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="https://valerugbymail.co.uk/">
<amp-img src="https://valerugbymail.co.uk/wp-content/uploads/2021/02/icon.png" width="32" height="32" class="amp-wp-site-icon"></amp-img>
<span class="amp-site-title">Vale Rugby Mail</span></a></div></header>
<article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">${title}</h1>
<div class="amp-wp-meta amp-wp-byline"><amp-img src="https://secure.gravatar.example/avatar/a1?s=72" alt="Owen Tasker" width="24" height="24" layout="fixed">
</amp-img><span class="amp-wp-author author vcard">Owen Tasker</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="2023-10-14T17:22:10+00:00">3 days ago</time></div></header>
<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="1024" height="683"
src="https://valerugbymail.co.uk/wp-content/uploads/2023/10/vale-brackley.jpg" class="attachment-large size-large wp-post-image" layout="intrinsic">
</amp-img><p class="wp-caption-text">Luca Pemberton races clear for his second try. Photo: Gail Rennick</p></figure>
<div class="amp-wp-article-content">
${ps(p1)}
<h3>${h1}</h3>
<figure class="wp-block-table"><table><thead><tr><th>Team</th><th>Tries</th><th>Cons</th><th>Pens</th><th>Total</th></tr></thead><tbody>
${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table></figure>
<h3>${h2}</h3>
${ps(p2)}
<p><em>Follow <a href="https://valerugbymail.co.uk/newsletter/">our weekly newsletter</a> for every Midlands Premier report.</em></p>
</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Categories: <a href="https://valerugbymail.co.uk/category/match-reports/"
rel="category tag">Match Reports</a>, <a href="https://valerugbymail.co.uk/category/midlands-premier/" rel="category tag">Midlands Premier</a></div>
<div class="amp-wp-meta amp-wp-tax-tag">Tags: <a href="#" rel="tag">Brackley</a>, <a href="#" rel="tag">Harlow Vale</a></div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="https://valerugbymail.co.uk/2023/10/harlow-vale-brackley-report/#comments">Leave a Comment</a></div>
</footer></article>
<footer class="amp-wp-footer"><div><h2>Vale Rugby Mail</h2><a href="#top" class="back-to-top">Back to top</a></div></footer>
<amp-pixel src="https://pixel.wp.example/g.gif?v=ampwp&amp;blog=11882&amp;post=9142" layout="nodisplay"></amp-pixel>
</body></html>`;
export const ampSports: TestPage = {
  name: 'heldout268-wordpress-amp-sports-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2],
  body: texts([...p1, ...cells, ...p2]),
  bylines: ['Owen Tasker', '3 days ago'],
  furniture: [
    'Vale Rugby Mail',
    'Luca Pemberton races clear for his second try. Photo: Gail Rennick',
    'Follow our weekly newsletter for every Midlands Premier report.',
    'Categories:',
    'Match Reports',
    'Tags:',
    'Leave a Comment',
    'Back to top',
  ],
};

export const HELDOUT268_C: readonly TestPage[] = [ampSports, ghost];
