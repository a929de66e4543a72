import { links, ps, type TestPage, texts } from './page-kit.js';
import { shopify } from './pages-heldout424-c2.js';
import { j, tds } from './pages-heldout424-kit.js';

/**
 * Held-out batch 424, file c: an equestrian federation's competition results and report page on Umbraco with a Bootstrap 5
 * site theme (members' login bar, mega navigation, breadcrumb, event info panel, the report with two results tables, a
 * "Download full results" button, photo gallery captions, share links, a sponsor strip, "Latest news" cards, a Cookiebot
 * dialog and the federation footer) and, from file c2, a feed brand's horse-care article on a Shopify blog.
 */
const eTitle = 'Harwell Park National Dressage Championships: Day Two Report and Results';
const eIntro = [
  j(
    'Saturday at Harwell Park brought the first national titles of the weekend, with the Prix St Georges and the young horse',
    'finals decided in front of a full grandstand. Light rain in the morning gave way to bright sunshine for the afternoon',
    'sessions, and the arena held up well after the overnight downpour.',
  ),
];
const eH1 = 'Prix St Georges Championship';
const ePsg = [
  j(
    'Hannah Voss and the eleven-year-old gelding Sonnenwind retained their title with a score of 74.412%, more than a',
    'percentage point clear of the field. Their test was notable for a pair of expressive extended canters and near-perfect',
    'changes every second stride, which earned several 9s from the judge at C.',
  ),
  j(
    'Second place went to Ruairi Callan on the home-bred mare Lisnagree Dancer, who produced a polished test despite a',
    'costly mistake in the final pirouette. Callan said afterwards that the mare had never been in such a big atmosphere and',
    'that he was delighted with how she settled.',
  ),
];
const eHead = ['Place', 'Rider', 'Horse', 'Score'];
const ePsgRows: readonly (readonly string[])[] = [
  ['1', 'Hannah Voss', 'Sonnenwind', '74.412%'],
  ['2', 'Ruairi Callan', 'Lisnagree Dancer', '73.176%'],
  ['3', 'Meryl Ashdown', 'Fiorentino B', '71.903%'],
  ['4', 'Tobias Renn', 'Quartermaster', '70.588%'],
];
const eH2 = 'Five-Year-Old Young Horse Final';
const eYoung = [
  j(
    'The young horse final was won by the striking black stallion Nachtfalke, ridden by Amira Solberg, who scored 8.7 for',
    'his walk and 9.0 for his canter. The judges praised his balance and willingness, and described him as a horse with a',
    'clear future at the higher levels.',
  ),
];
const eYoungRows: readonly (readonly string[])[] = [
  ['1', 'Amira Solberg', 'Nachtfalke', '8.62'],
  ['2', 'Dylan Forsythe', 'Harwell Zephyr', '8.34'],
  ['3', 'Catrin Pugh', 'Emberdale Rosa', '8.10'],
];
const eH3 = 'Looking ahead to Sunday';
const eAhead = [
  j(
    'The championships conclude on Sunday with the Grand Prix Freestyle, where defending champion Gareth Hollings is expected',
    'to face a strong challenge from the under-25 title holder Isla Merrow. Gates open at 8 am and the first rider is due in',
    'the arena at 9:15.',
  ),
  j(
    'Spectator tickets remain available on the day. Free parking is signposted from the Harwell roundabout, and a shuttle runs',
    'every twenty minutes from the showground car park to the main arena.',
  ),
];
const eCells = [...ePsgRows.flat(), ...eYoungRows.flat()];
const eMenu = ['Compete', 'Disciplines', 'Membership', 'Education', 'Results', 'News', 'Shop'];
const eCrumbs = ['Home', 'Results', 'National Championships'];
const eLatest = [
  'Team selected for the Nations Cup in Ostrava',
  'New judges qualify after winter seminar series',
  'Membership renewals: what changes this year',
];
const eFoot = ['Contact', 'Rulebooks', 'Safeguarding', 'Anti-doping', 'Privacy notice', 'Terms of use'];
const eHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} | National Equestrian Federation</title><meta name="description" content="Day two results and report from Harwell Park.">
<meta property="og:title" content="Harwell Park National Dressage Championships: Day Two"><meta property="og:type" content="article">
<link href="/css/bootstrap.min.css?v=5.3.2" rel="stylesheet"><link href="/css/nef-site.css?v=2026.4" rel="stylesheet">
<script id="Cookiebot" src="https://consent.cookiebot.example/uc.js" data-cbid="1c3d-44ab" data-blockingmode="auto" type="text/javascript"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harwell Park National Dressage Championships: Day Two",
"datePublished":"2026-06-20T19:45:00+01:00","author":{"@type":"Organization","name":"NEF Press Office"}}</script></head>
<body class="umb-newsarticle"><div class="member-bar bg-dark text-white small"><div class="container d-flex justify-content-end gap-3">
<a href="/umbraco/surface/member/login" class="text-white">Member login</a><a href="/join" class="text-white">Join the Federation</a></div></div>
<header class="site-header"><nav class="navbar navbar-expand-lg navbar-light bg-white border-bottom"><div class="container">
<a class="navbar-brand" href="/"><img src="/media/logo-nef.svg" alt="National Equestrian Federation" height="48"></a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-label="Toggle navigation">
<span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav ms-auto">
${links(eMenu, 'nav-item dropdown')}</ul></div></div></nav></header>
<main id="main-content"><div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb">${links(eCrumbs, 'breadcrumb-item')}</ol></nav>
<div class="row"><div class="col-lg-8"><article class="news-article">
<h1 class="display-6 fw-bold">${eTitle}</h1>
<div class="news-article__meta text-muted small"><span class="news-article__date">20 June 2026</span> <span class="news-article__author">NEF Press Office</span>
<span class="badge bg-secondary">Dressage</span></div>
<div class="card event-info my-4"><div class="card-body"><h2 class="h6 card-title">Event information</h2><dl class="row mb-0">
<dt class="col-sm-4">Venue</dt><dd class="col-sm-8">Harwell Park Equestrian Centre</dd><dt class="col-sm-4">Dates</dt>
<dd class="col-sm-8">19 to 21 June 2026</dd>
<dt class="col-sm-4">Organiser</dt><dd class="col-sm-8">Harwell Park Events Ltd</dd></dl></div></div>
<div class="news-article__body rte">
${ps(eIntro)}
<h2>${eH1}</h2>
${ps(ePsg)}
<div class="table-responsive"><table class="table table-sm results-table"><thead><tr>${eHead.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>
${ePsgRows.map((r) => tds(r)).join('\n')}
</tbody></table></div>
<h2>${eH2}</h2>
${ps(eYoung)}
<div class="table-responsive"><table class="table table-sm results-table"><thead><tr>${eHead.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>
${eYoungRows.map((r) => tds(r)).join('\n')}
</tbody></table></div>
<h2>${eH3}</h2>
${ps(eAhead)}
</div>
<p><a class="btn btn-primary" href="/media/results/harwell-day2.pdf">Download full results (PDF)</a></p>
<div class="gallery row g-2"><figure class="col-6 figure"><img class="figure-img img-fluid" src="/media/gallery/voss.jpg" alt="">
<figcaption class="figure-caption">Hannah Voss and Sonnenwind during their winning test. Photo: Kestrel Images</figcaption></figure>
<figure class="col-6 figure"><img class="figure-img img-fluid" src="/media/gallery/nachtfalke.jpg" alt="">
<figcaption class="figure-caption">Nachtfalke in the young horse final. Photo: Kestrel Images</figcaption></figure></div>
<div class="share-links d-flex gap-2 my-4"><span class="fw-semibold">Share:</span><a href="#" class="share-facebook">Facebook</a>
<a href="#" class="share-x">X (Twitter)</a><a href="#" class="share-email">Email</a><a href="#" class="share-copy">Copy link</a></div></article></div>
<aside class="col-lg-4"><div class="card mb-4"><div class="card-body"><h2 class="h5">Results archive</h2>
<p class="small">Find results from every national championship since 2009.</p><a href="/results/archive"
class="btn btn-outline-primary btn-sm">Search results</a>
</div></div><div class="card"><div class="card-body"><h2 class="h5">Latest news</h2><ul class="list-unstyled">${links(eLatest, 'mb-2')}</ul></div></div>
</aside></div>
<section class="sponsor-strip py-4 border-top"><p class="text-center small text-muted">Championships supported by</p>
<ul class="list-inline text-center">${links(['Thornbury Feeds', 'Aldgate Horseboxes', 'Wexcombe Saddlery'], 'list-inline-item')}</ul></section></div></main>
<footer class="site-footer bg-dark text-white py-5"><div class="container"><div class="row"><div class="col-md-6">
<p>National Equestrian Federation, Abbey Yard, Kenworth CV8 2LR</p><p>Registered charity no. 1099214</p></div>
<div class="col-md-6"><ul class="list-unstyled">${links(eFoot)}</ul></div></div><p class="small mt-4">© 2026 National Equestrian Federation</p></div></footer>
<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-labelledby="CybotCookiebotDialogBodyContentTitle"
class="CybotCookiebotDialogActive"><div id="CybotCookiebotDialogBody"><h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2>
<div id="CybotCookiebotDialogBodyContentText">We use cookies to personalise content, to provide social media features and to analyse our traffic.</div></div>
<div id="CybotCookiebotDialogFooter"><button id="CybotCookiebotDialogBodyButtonDecline">Deny</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection">Allow selection</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button></div></div>
<script src="/scripts/bootstrap.bundle.min.js"></script></body></html>`;
const umbraco: TestPage = {
  name: 'heldout424-umbraco-federation-results-news',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: [eH1, eH2, eH3],
  body: texts([...eIntro, ...ePsg, ...eYoung, ...eAhead, ...eCells]),
  bylines: ['20 June 2026', 'NEF Press Office'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Member login', 'Join the Federation', ...eMenu, 'National Championships', 'Dressage', 'Event information', 'Venue',
    'Harwell Park Equestrian Centre', 'Dates', '19 to 21 June 2026', 'Organiser', 'Harwell Park Events Ltd', 'Download full results (PDF)',
    'Hannah Voss and Sonnenwind during their winning test. Photo: Kestrel Images', 'Nachtfalke in the young horse final. Photo: Kestrel Images', 'Share:',
    'Facebook', 'X (Twitter)', 'Email', 'Copy link', 'Results archive', 'Find results from every national championship since 2009.', 'Search results',
    'Latest news', ...eLatest, 'Championships supported by', 'Thornbury Feeds', 'Aldgate Horseboxes', 'Wexcombe Saddlery',
    'National Equestrian Federation, Abbey Yard, Kenworth CV8 2LR', 'Registered charity no. 1099214', ...eFoot, '© 2026 National Equestrian Federation',
    'This website uses cookies', 'We use cookies to personalise content, to provide social media features and to analyse our traffic.', 'Deny',
    'Allow selection', 'Allow all',
  ],
};

export const HELDOUT424_C: readonly TestPage[] = [umbraco, shopify];
