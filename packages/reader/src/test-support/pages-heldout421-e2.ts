import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout421-kit.js';

/**
 * Held-out batch 421, file e2: an avalanche bulletin on a US avalanche center's WordPress site with the embedded forecast widget
 * (zone tabs, issued / expires / author lines, the danger rating table whose cells are furniture, the problem cards with
 * their aspect and likelihood labels, the forecast discussion, the observations call-out, the donation banner, sponsor logos,
 * the email sign-up and the footer). The bottom line, the problem texts and the discussion are the body.
 */
const avTitle = 'Avalanche Forecast: Granite Saddle Zone';
const avHeads = ['The Bottom Line', 'Avalanche Problem #1: Wind Slab', 'Avalanche Problem #2: Persistent Slab', 'Forecast Discussion'];
const avBottom = [
  j(
    'Strong westerly winds on Tuesday built fresh, sensitive wind slabs on leeward slopes near and above treeline. Human-triggered',
    'avalanches are likely on steep north- through east-facing terrain, and a slide could step down into buried weak layers.',
    'Choose sheltered, lower-angle slopes and avoid wind-loaded gullies.',
  ),
];
const avWind = [
  j(
    'Look for smooth, pillowed snow below ridgelines and cross-loaded gully walls. Shooting cracks and hollow, drum-like sounds',
    'are signs that you are on a wind slab. These slabs were 20 to 50 cm thick on Wednesday and reactive to ski cuts.',
  ),
];
const avPers = [
  j(
    'A layer of weak, sugary facets from the January dry spell sits 60 to 100 cm below the surface on shady slopes. It has',
    'become harder to trigger but is still producing results in snowpit tests, and it could be woken up by a wind slab avalanche',
    'or by a rider in a thin, rocky area.',
  ),
];
const avDisc = [
  j(
    'We received 18 to 25 cm of new snow Monday night, followed by strong winds that moved much of it onto east-facing slopes.',
    'On Wednesday our field team triggered a small wind slab on a test slope near Harker Pass and observed two natural',
    'avalanches on the northeast face of Sentinel Peak, both breaking at the new snow interface.',
  ),
  j(
    'The more worrying observation came from a snowpit on a north aspect at 2,900 m, where the January facets propagated in an',
    'extended column test. This is the layer that produced the large avalanche on Copper Bowl two weeks ago. It will take a big',
    'load to trigger it now, but the consequences would be severe.',
  ),
  'Things to keep in mind today:',
];
const avList = [
  'Wind slabs are most reactive in the first day or two after loading.',
  'Red flags include recent avalanches, cracking and collapsing.',
  'Carry and practise with a transceiver, shovel and probe, and travel one at a time on steep slopes.',
];
const avNav = ['Forecasts', 'Observations', 'Weather', 'Education', 'Donate', 'About'];
const avZones = ['Granite Saddle', 'Upper Lostine', 'Cinder Range'];
const avSponsors = 'Thanks to our sponsors: Summit Outfitters, Lostine Brewing and the Ridgeway Ski Patrol Fund';
const avFoot = ['Contact', 'Privacy', 'Accessibility', 'Staff login'];
const avHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Granite Saddle Forecast – Lostine Avalanche Center</title>
<meta name="description" content="Daily avalanche forecast for the Granite Saddle zone."><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Granite Saddle Forecast",
"publisher":"Lostine Avalanche Center"}</script>
<script>window.nac={"center":"LAC","zone":"granite-saddle","widget":"forecast","version":"2.6.0"};</script>
<script src="https://du6amfiq9m9h7.cloudfront.example/public/v2/js/nac-forecast-widget.js" defer></script></head>
<body class="page-template page-template-forecast wp-custom-logo"><div class="donate-banner"><p>Forecasts are free because of you.
Support the Lostine Avalanche Center this season.</p><a href="/donate" class="button">Give now</a></div>
<header id="masthead" class="site-header"><a href="/" class="custom-logo-link">Lostine Avalanche Center</a>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">${links(avNav, 'menu-item')}</ul></nav></header>
<main id="primary" class="site-main"><div id="nac-forecast-container"><div class="nac-forecast nac-ignore-bootstrap">
<ul class="nac-zone-tabs nav nav-tabs">${links(avZones, 'nav-item')}</ul>
<div class="nac-forecast-header"><h1 class="nac-forecast-title">${avTitle}</h1><div class="nac-forecast-meta">
<div class="nac-meta-item"><span class="nac-label">Issued:</span> <span>February 19, 2026 at 6:45 AM</span></div>
<div class="nac-meta-item"><span class="nac-label">Expires:</span> <span>February 20, 2026 at 6:45 AM</span></div>
<div class="nac-meta-item"><span class="nac-label">Author:</span> <span>Dana Whitlock</span></div></div>
<div class="nac-share"><a href="#">Print</a> <a href="#">Share</a></div></div>
<div class="nac-bottom-line"><h2 class="nac-section-title">${avHeads[0]}</h2><div class="nac-html-container">${ps(avBottom)}</div></div>
<div class="nac-danger-container"><table class="nac-danger"><thead><tr><th>Elevation</th><th>Today</th><th>Tomorrow</th></tr></thead><tbody>
<tr><td>Above treeline</td><td>3 - Considerable</td><td>3 - Considerable</td></tr><tr><td>Near treeline</td><td>3 - Considerable</td><td>2 - Moderate</td></tr>
<tr><td>Below treeline</td><td>2 - Moderate</td><td>1 - Low</td></tr></tbody></table>
<a href="/danger-scale" class="nac-danger-scale-link">Learn more about the North American Avalanche Danger Scale</a></div>
<div class="nac-problem"><h2 class="nac-section-title">${avHeads[1]}</h2><div class="nac-problem-icons"><span class="nac-label">Aspect/Elevation</span>
<span class="nac-label">Likelihood</span><span>Likely</span><span class="nac-label">Size</span><span>Small to Large</span></div>
<div class="nac-html-container">${ps(avWind)}</div></div>
<div class="nac-problem"><h2 class="nac-section-title">${avHeads[2]}</h2><div class="nac-problem-icons"><span class="nac-label">Aspect/Elevation</span>
<span class="nac-label">Likelihood</span><span>Possible</span><span class="nac-label">Size</span><span>Large to Very Large</span></div>
<div class="nac-html-container">${ps(avPers)}</div></div>
<div class="nac-discussion"><h2 class="nac-section-title">${avHeads[3]}</h2><div class="nac-html-container">${ps(avDisc)}
<ul>${avList.map((l) => `<li>${l}</li>`).join('')}</ul>
<figure><img src="https://media.lostineavalanche.example/obs/2026-02-18-sentinel.jpg" alt="">
<figcaption>Natural wind slab avalanche on Sentinel Peak, 18 Feb. Photo: LAC staff</figcaption></figure></div></div>
<div class="nac-disclaimer"><p>This forecast describes general conditions and does not apply to ski areas or highways.</p></div></div></div>
<div class="obs-callout"><h3>Seen something?</h3><p>Submit an observation and help everyone travel more safely.</p>
<a href="/observations/submit">Submit observation</a></div>
<div class="sponsors"><p>${avSponsors}</p></div></main>
<footer id="colophon" class="site-footer"><div class="mc-embed"><h4>Get the forecast by email</h4><form><input type="email" placeholder="Your email">
<button>Subscribe</button></form></div><ul class="footer-menu">${links(avFoot)}</ul>
<p>Lostine Avalanche Center is a partnership of the National Forest and the Friends of the Lostine Avalanche Center, a 501(c)(3) nonprofit.</p></footer>
</body></html>`;
export const avalanche: TestPage = {
  name: 'heldout421-avalanche-center-forecast-news',
  kind: 'news',
  html: avHtml,
  title: avTitle,
  headings: avHeads,
  body: texts([...avBottom, ...avWind, ...avPers, ...avDisc, ...avList]),
  bylines: ['Issued:', 'February 19, 2026 at 6:45 AM', 'Expires:', 'February 20, 2026 at 6:45 AM', 'Author:', 'Dana Whitlock'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Forecasts are free because of you. Support the Lostine Avalanche Center this season.', 'Give now', 'Lostine Avalanche Center', ...avNav,
    ...avZones, 'Print', 'Share', 'Elevation', 'Today', 'Tomorrow', 'Above treeline', 'Near treeline', 'Below treeline', '3 - Considerable',
    '2 - Moderate', '1 - Low', 'Learn more about the North American Avalanche Danger Scale', 'Aspect/Elevation', 'Likelihood', 'Likely',
    'Size', 'Small to Large', 'Possible', 'Large to Very Large', 'Natural wind slab avalanche on Sentinel Peak, 18 Feb. Photo: LAC staff',
    'This forecast describes general conditions and does not apply to ski areas or highways.', 'Seen something?',
    'Submit an observation and help everyone travel more safely.', 'Submit observation', avSponsors, 'Get the forecast by email', 'Subscribe',
    ...avFoot,
    'Lostine Avalanche Center is a partnership of the National Forest and the Friends of the Lostine Avalanche Center, a 501(c)(3) nonprofit.',
  ],
};
