import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld } from './pages-heldout325-kit.js';

/**
 * Held-out batch 325, file e2: a syndicated advice column with two letters and answers on a local newspaper's BLOX CMS
 * (TownNews) page: weather and subscribe bar, section nav, breadcrumbs, the asset header with kicker, byline and dates,
 * the share tools, the letters and answers, the syndicate's contact tagline, "Most Popular" and "Trending" rails, a
 * subscription offer and the footer.
 */
const aTitle = 'Dear Wren: Husband’s karaoke hobby is keeping the whole street awake';
const aBody = [
  j(
    'DEAR WREN: My husband “Carl” discovered karaoke during the pandemic and has never recovered. Three or four nights a',
    'week he sets up a speaker and microphone in our garage and sings power ballads until almost midnight, with the door',
    'open “for ventilation.”',
  ),
  j(
    'Our neighbors have started leaving notes. One was polite. The most recent one just said “PLEASE” in red marker. Carl',
    'thinks they are jealous of his range. I love him and I want him to have a hobby, but I can no longer look the family',
    'across the street in the eye. How do I handle this without crushing his spirit? — HOARSE IN HOLLIS COUNTY',
  ),
  j(
    'DEAR HOARSE: Your husband’s joy is not the problem; the volume, the hour and the open door are. Sit down with Carl at',
    'a calm moment — not mid-song — and show him the notes. Explain that you support the singing but not at the cost of',
    'your relationships with the people you live beside.',
  ),
  j(
    'Suggest a compromise: the garage door closes, the music stops by 9:30 on weeknights, and he invests in some',
    'inexpensive sound-dampening panels. If he wants an audience, encourage him to find a karaoke night at a local bar or',
    'community center, where applause is expected rather than endured.',
  ),
  j(
    'DEAR WREN: My best friend of twenty years recently started a small business selling scented candles. She asks me every',
    'week to share her posts, buy “just one more” and bring friends to her home parties. I have bought so many candles that',
    'my house smells like a department store. How do I tell her I am done buying without hurting our friendship?',
    '— MELTED DOWN IN MARSHFIELD',
  ),
  j(
    'DEAR MELTED DOWN: Tell her kindly and directly that you are proud of her and will keep cheering her on, but your candle',
    'budget — and your shelf space — has reached its limit. Offer a kind of support that costs you nothing, such as writing',
    'an honest review or recommending her to someone who might actually need a candle.',
  ),
  j('A friend of twenty years should understand. If she does not, it is the business talking, not the friendship.'),
];
const aTagline = j('Dear Wren is written by Wren Halvorsen. Contact Dear Wren at www.DearWren.example or P.O. Box 4410, Lakeport, CA 90011.');
const aNav = ['News', 'Sports', 'Opinion', 'Obituaries', 'Entertainment', 'Lifestyles', 'Classifieds', 'e-Edition'];
const aShare = ['Facebook', 'Twitter', 'WhatsApp', 'SMS', 'Email', 'Print', 'Copy article link', 'Save'];
const aPopular = [
  'Council approves new traffic circle on Route 9',
  'Hollis High wins regional robotics title',
  'Bakery on Main Street to close after 41 years',
];
const aTrending = ['Weather: Frost advisory issued for Thursday', 'Police log for March 2'];
const aFoot = ['Contact Us', 'Subscription Services', 'Advertise With Us', 'Terms of Use', 'Privacy Policy'];
const aHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${aTitle} | Lifestyles | hollisherald.example</title>
<meta name="description" content="Husband's karaoke hobby is keeping the whole street awake."><meta property="og:type" content="article">
<meta name="author" content="Wren Halvorsen"><meta property="article:section" content="Lifestyles">
${ld({
  '@context': 'http://schema.org',
  '@type': 'NewsArticle',
  headline: aTitle,
  author: [{ '@type': 'Person', name: 'Wren Halvorsen' }],
  datePublished: '2026-03-04T05:00:00-05:00',
})}
<link rel="stylesheet" href="https://bloximages.example/static/tncms/3.170.0/app/css/bundle.min.css">
<script>var TNCMS = TNCMS || {}; TNCMS.Access = {"visitor":"anonymous","asset":{"uuid":"8a2c-7711","type":"article"}};</script></head>
<body id="app" class="fixed-nav-enabled asset-page">
<div id="site-top-nav-container"><div class="tnt-weather">42° <span>Partly Cloudy</span></div><a class="btn btn-primary" href="/subscribe">Subscribe for $1</a>
<a class="btn btn-default tn-login" href="/users/login">Log In</a></div>
<header id="site-header"><a class="navbar-brand" href="/"><img src="/logo.png" alt="The Hollis Herald"></a>
<nav id="main-nav"><ul class="nav navbar-nav">${links(aNav, 'dropdown')}</ul></nav></header>
<div id="main-page-container"><section id="main-body-container"><div class="container"><div class="row">
<ol class="breadcrumb">${links(['Home', 'Lifestyles'])}<li class="active">Advice</li></ol>
<div class="col-md-8 main-content"><div class="asset-header"><div class="card-label-section"><a href="/lifestyles/advice/"
class="tnt-section-tag">Advice</a></div>
<h1 class="headline"><span class="tnt-headline full" itemprop="headline">${aTitle}</span></h1>
<ul class="list-inline"><li><span class="tnt-byline"><a href="/users/profile/wren" class="tnt-user-name" rel="author">Wren Halvorsen</a></span></li>
<li><time datetime="2026-03-04T05:00:00-05:00" class="tnt-date asset-date text-muted">Mar 4, 2026</time></li></ul></div>
<div class="share-container"><ul class="list-inline">${links(aShare, 'share-item')}</ul></div>
<div class="asset-content subscriber-premium" itemprop="articleBody"><div id="article-body" class="asset-body"><div class="subscriber-preview">
${ps(aBody.slice(0, 4))}
</div><div class="tnt-ads-container"><div class="tnt-ads"><span class="ad-label">Advertisement</span></div></div><div class="subscriber-only">
${ps(aBody.slice(4))}
<p><em>${aTagline}</em></p>
</div></div></div>
<div class="asset-tags"><span class="tags-label">Tags</span>${links(['Dear Wren', 'Relationships', 'Neighbors'])}</div>
<div class="subscription-offer"><h4>Local journalism needs you</h4><p>Get unlimited digital access for $1 for your first month.</p><a
href="/subscribe">Start now</a></div></div>
<aside class="col-md-4 tnt-sidebar"><div class="card-panel"><h3 class="block-title">Most Popular</h3><ol>${links(aPopular)}</ol></div>
<div class="card-panel"><h3 class="block-title">Trending</h3><ul>${links(aTrending)}</ul></div></aside></div></div></section></div>
<footer id="site-footer"><ul>${links(aFoot)}</ul><p class="copyright">© 2026 The Hollis Herald. Powered by BLOX Content Management System from
TownNews.com.</p></footer>
<script src="https://bloximages.example/static/tncms/3.170.0/app/js/bundle.min.js"></script></body></html>`;
export const advice: TestPage = {
  name: 'heldout325-blox-advice-column-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: [],
  body: texts(aBody),
  bylines: ['Wren Halvorsen', 'Mar 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '42° Partly Cloudy', 'Subscribe for $1', 'Log In', ...aNav, 'Home', 'Advice', ...aShare, 'Advertisement', aTagline, 'Tags', 'Dear Wren', 'Relationships',
    'Neighbors', 'Local journalism needs you', 'Get unlimited digital access for $1 for your first month.', 'Start now', 'Most Popular', ...aPopular,
    'Trending', ...aTrending, ...aFoot, '© 2026 The Hollis Herald. Powered by BLOX Content Management System from TownNews.com.',
  ],
};
