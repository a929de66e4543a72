import { links, ps, type TestPage, texts } from './page-kit.js';
import { notionHelp } from './pages-heldout79-d2.js';

/**
 * Held-out batch 79, file d: a Zendesk Guide help centre article on a custom theme (a service notice bar, the custom header
 * with "Submit a request" and "Sign in", the search hero, Zendesk's breadcrumbs, an "Applies to" callout at the top of the
 * text and a warning callout inside it, the "Updated" time, the follow button, the attachment list, the vote box with its
 * count, "Have more questions? Submit a request", "Return to top", "Articles in this section", "Related articles",
 * "Recently viewed articles", the comments notice and the custom footer); and (file d2) a Notion help centre article.
 */
const zdTitle = 'Thermostat shows “Sensor offline” after a battery change';
const zdApplies = 'Applies to: Brightloom Halo thermostats with firmware 4.2 or later, and the Halo room sensor (model HS-2).';
const zdIntro = [
  'After you replace the batteries in a Halo room sensor, the thermostat sometimes shows <strong>Sensor offline</strong> for that ' +
    'room, even though the sensor’s light blinks normally. This happens when the sensor restarts on a different radio channel ' +
    'and the thermostat keeps listening on the old one.',
  'In most homes the thermostat finds the sensor again on its own within 20 minutes. If the message is still there after that, ' + 'follow the steps below.',
];
const zdSteps = [
  'On the thermostat, tap <strong>Menu</strong> &gt; <strong>Rooms</strong> and select the room that shows the message.',
  'Tap <strong>Reconnect sensor</strong>. The thermostat starts searching on every channel.',
  'Within 60 seconds, press and hold the button on the back of the sensor until its light turns blue.',
  'Wait for the thermostat to show <strong>Sensor connected</strong>. This can take up to two minutes.',
];
const zdWarning =
  '<strong>Important:</strong> Don’t use <em>Remove sensor</em> to fix this message. Removing the sensor deletes its room schedule, ' +
  'and you will have to set the schedule up again after adding it back.';
const zdStill = [
  'If the sensor doesn’t connect, check that the batteries are lithium AA cells. Alkaline cells give a lower voltage in cold rooms, ' +
    'and the sensor may restart over and over without ever reaching the thermostat.',
  'Sensors more than 15 metres from the thermostat, or behind a metal radiator cover, can also drop out. Try the steps again with ' +
    'the sensor held next to the thermostat; if it connects there, move it to a spot closer to the thermostat or add a Halo ' +
    'range extender.',
  'A sensor that has run on flat batteries for several days may also need a firmware update before it reconnects. The thermostat ' +
    'installs it by itself once the sensor is back in range; leave both devices powered for an hour.',
  'Still seeing the message? Contact our support team with the serial numbers of the thermostat and the sensor, which you’ll find ' +
    'under <strong>Menu</strong> &gt; <strong>About</strong>.',
];
const zdH = ['Reconnect the sensor', 'If the sensor still won’t connect'];
const zdNotice = 'Our phone lines are closed from 24 to 26 December. Chat and email support stay open throughout the holidays.';
const zdNav = ['Shop', 'Community', 'Submit a request', 'Sign in'];
const zdCrumbs = ['Brightloom Support', 'Halo thermostats', 'Troubleshooting'];
const zdSection = ['Thermostat screen is blank', 'Heating runs when the schedule is off', 'Wi-Fi keeps disconnecting', 'See more'];
const zdRelated = ['Replacing the batteries in a Halo room sensor', 'Adding a room sensor to your thermostat', 'Halo range extender: setup guide'];
const zdRecent = ['Updating your thermostat’s firmware'];
const zdFoot = ['Warranty', 'Returns', 'Privacy notice', 'Accessibility', 'Cookie settings'];
const zdHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-US"><head><meta charset="utf-8" />
<!-- v26880 -->
<title>${zdTitle} &ndash; Brightloom Support</title><meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content=""><link rel="canonical" href="https://support.brightloom.example/hc/en-us/articles/36011827345521">
<link rel="alternate" hreflang="de" href="https://support.brightloom.example/hc/de/articles/36011827345521">
<meta content="After you replace the batteries in a Halo room sensor, the thermostat sometimes shows Sensor offline." name="description" />
<meta property="og:image" content="https://support.brightloom.example/hc/theming_assets/01HX/logo.png" /><meta property="og:type" content="website" />
<meta property="og:site_name" content="Brightloom Support" /><meta property="og:title" content="${zdTitle}" />
<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-3f1e2d4c5b6a.css" media="all" id="stylesheet" />
<link rel="stylesheet" type="text/css" href="https://theme.zdassets.com/theme_assets/9917244/6c1d8e2b4f.css" />
<script src="//static.zdassets.com/hc/assets/en-us.b21a7f0e.js"></script>
<script type="text/javascript">HelpCenter = {};HelpCenter.account = {"subdomain":"brightloom","environment":"production","name":"Brightloom Support"};
HelpCenter.user = {"identifier":"da39a3ee","email":null,"name":"","role":"anonymous","avatar_url":"https://assets.zendesk.com/hc/assets/default_avatar.png"};
HelpCenter.internal = {"current_record_id":"36011827345521","current_record_url":"/hc/en-us/articles/36011827345521"};</script>
<script src="https://theme.zdassets.com/theme_assets/9917244/script.js"></script></head>
<body class=""><a class="skip-link" tabindex="1" href="#main-content">Skip to main content</a>
<div class="bl-notice" role="region" aria-label="Service notice"><p class="bl-notice__text">${zdNotice}</p>
<button class="bl-notice__close" type="button" aria-label="Dismiss notice">×</button></div>
<header class="bl-header"><div class="bl-header__inner"><a class="bl-header__logo" href="/hc/en-us"><img src="/hc/theming_assets/01HX/logo.svg"
alt="Brightloom">
<span class="bl-header__site">Support</span></a><nav class="bl-header__nav" aria-label="Main"><ul>${links(zdNav, 'bl-header__item')}</ul></nav></div></header>
<main role="main"><section class="bl-hero bl-hero--compact"><form role="search" class="search" data-search="" action="/hc/en-us/search" accept-charset="UTF-8"
method="get"><input type="hidden" name="utf8" value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query"
placeholder="Search our help articles" autocomplete="off" aria-label="Search our help articles" /></form></section>
<div class="bl-container bl-article-page" id="main-content"><nav class="sub-nav" aria-label="Current location"><ol class="breadcrumbs">
${zdCrumbs.map((t) => `<li title="${t}"><a href="/hc/en-us/${t.length}">${t}</a></li>`).join('\n')}</ol></nav>
<div class="bl-article-grid"><aside class="bl-article-sidebar"><section class="section-articles collapsible-sidebar"><h2 class="collapsible-sidebar-title
sidenav-title">Articles in this section</h2><ul><li><a href="/hc/en-us/articles/36011827345521" class="sidenav-item current-article">${zdTitle}</a></li>
${zdSection.map((t) => `<li><a href="/hc/en-us/articles/${t.length}" class="sidenav-item">${t}</a></li>`).join('\n')}</ul></section></aside>
<article id="main-content-article" class="bl-article" itemscope itemtype="http://schema.org/Article"><header class="bl-article__header">
<h1 title="${zdTitle}" class="bl-article__title" itemprop="name">${zdTitle}</h1><div class="bl-article__meta"><span class="bl-article__updated">Updated
<time datetime="2025-09-02T10:14:22Z" title="2025-09-02 10:14" data-datetime="relative">2 months ago</time></span>
<div class="article-subscribe"><div data-helper="subscribe" data-json="{&quot;item&quot;:&quot;article&quot;}"><button class="button" data-selected="false"
aria-label="Follow this article">Follow</button></div></div></div></header>
<section class="bl-article__body article-body" itemprop="articleBody"><div class="bl-callout bl-callout--info"><p>${zdApplies}</p></div>
${ps(zdIntro)}
<h2 id="h_01JB3Q5P">${zdH[0]}</h2><ol>${zdSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<div class="bl-callout bl-callout--warning"><p>${zdWarning}</p></div>
<h2 id="h_01JB3Q6R">${zdH[1]}</h2>${ps(zdStill)}</section>
<div class="article-attachments"><ul class="attachments"><li class="attachment-item"><a
href="/hc/en-us/article_attachments/36011">halo-sensor-quick-guide.pdf</a>
<div class="attachment-meta"><span class="attachment-meta-item">412 KB</span><a href="/hc/en-us/article_attachments/36011"
class="attachment-meta-item">Download</a></div>
</li></ul></div>
<footer class="bl-article__footer"><div class="article-votes"><span class="article-votes-question" id="article-votes-label">Was this article helpful?</span>
<div class="article-votes-controls" role="group" aria-labelledby="article-votes-label"><button type="button" class="button article-vote article-vote-up"
data-auth-action="signin" aria-label="This article was helpful" aria-pressed="false">Yes</button><button type="button" class="button article-vote
article-vote-down" data-auth-action="signin" aria-label="This article was not helpful" aria-pressed="false">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">41 out of 52 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#main-content-article">Return to top</a></div></footer>
<section class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>${zdRelated
  .map(
    (t) => `<li><a href="/hc/en-us/related/click?data=x"
rel="nofollow">${t}</a></li>`,
  )
  .join('\n')}</ul></section>
<section class="recent-articles"><h2 class="recent-articles-title">Recently viewed articles</h2><ul>${links(zdRecent)}</ul></section>
<section class="comment-section"><div class="comment-overview"><h2 class="comment-heading">Comments</h2><p class="comment-callout">0 comments</p></div>
<div class="comment-callout">Article is closed for comments.</div></section></article></div></div></main>
<footer class="bl-footer"><div class="bl-footer__inner"><ul class="bl-footer__links">${links(zdFoot)}</ul><p class="bl-footer__legal">© 2025 Brightloom Home
Ltd.
Registered in England and Wales, company number 10448213.</p><div class="bl-footer__lang"><span>English (US)</span></div></div></footer>
<script type="text/javascript">(function(){var s=document.createElement("script");s.id="ze-snippet";
s.src="https://static.zdassets.com/ekr/snippet.js?key=3b7f2e1a";document.body.appendChild(s);})();</script></body></html>`;
const zendesk: TestPage = {
  html: zdHtml,
  name: 'heldout79-zendesk-custom-theme-article',
  kind: 'docs',
  // the "Applies to" callout opening the text and the "Important:" warning callout are body; the service notice bar, the
  // attachment with its size and "Download", the vote box and its count, "Follow" and the comments notice are furniture
  title: zdTitle,
  headings: zdH,
  body: [zdApplies, ...texts(zdIntro), ...texts(zdSteps), ...texts([zdWarning]), ...texts(zdStill)],
  bylines: ['Updated 2 months ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', zdNotice, '×', 'Support', ...zdNav, 'Brightloom Support', ...zdCrumbs.slice(1),
    'Articles in this section', ...zdSection, 'Follow', 'halo-sensor-quick-guide.pdf', '412 KB', 'Download', 'Was this article helpful?', 'Yes', 'No',
    '41 out of 52 found this helpful', 'Have more questions?', 'Return to top', 'Related articles', ...zdRelated, 'Recently viewed articles',
    ...zdRecent, 'Comments', '0 comments', 'Article is closed for comments.', ...zdFoot,
    '© 2025 Brightloom Home Ltd. Registered in England and Wales, company number 10448213.', 'English (US)',
  ],
};

export const HELDOUT79_D: readonly TestPage[] = [zendesk, notionHelp];
