import { type TestPage, texts } from './page-kit.js';
import { justTheDocs } from './pages-heldout21-d2.js';

/**
 * Held-out batch 21, file d: a Ruby on Rails guide page (the "More Ruby on Rails" top bar, the guides header with the hidden
 * "Guides Index" mega-menu and its mobile select, the version select, the feature header with title, intro and "After reading
 * this guide, you will know:" list, the "Chapters" side list, numbered headings with anchor links, code boxes with "Copy"
 * buttons, a note interstitial, the "Feedback" block, the licence footer and "Back to top").
 */
const rgTitle = 'Rate Limiting Requests';
const rgIntro =
  'This guide covers how to limit how often clients can call your controller actions, using the <code>rate_limit</code> method ' +
  'built into Action Controller.';
const rgKnowLead = 'After reading this guide, you will know:';
const rgKnow = [
  'Why and when to rate limit an action.',
  'How to declare a limit with <code>rate_limit</code>.',
  'How Rails counts requests and where it stores the counts.',
  'How to change the response a client gets when it goes over a limit.',
];
const rgH = ['Why Rate Limit?', 'Declaring a Limit', 'Choosing What to Count By', 'Where the Counts Are Stored', 'Changing the Response'] as const;
const rgNums = ['1', '2', '2.1', '3', '4'];
const rgWhy = [
  'Some actions are expensive or sensitive. A login form invites password guessing, a search endpoint can be slow enough that one ' +
    'script ties up your application servers, and an action that sends email can be used to flood somebody’s inbox. Rate limiting ' +
    'puts a ceiling on how many times a client may call such an action in a given period.',
  'Limits are not a replacement for authentication or for protection at the network edge. They are a cheap safeguard inside the ' +
    'application that knows about your routes and your users, which a proxy in front of the application does not.',
];
const rgDecl1 = 'Call <code>rate_limit</code> in a controller with the number of requests to allow and the period over which to count them:';
const rgDecl2 =
  'With this declaration, a client that submits the login form more than ten times in three minutes gets a 429 Too Many Requests ' +
  'response until the period ends. Like other callbacks, the limit can be restricted to certain actions with <code>only:</code> and ' +
  '<code>except:</code>.';
const rgBy =
  'By default requests are grouped by the client’s IP address. Pass a <code>by:</code> lambda to group them by something else, ' +
  'such as the signed-in account or an API token:';
const rgNote =
  'Clients behind the same corporate proxy or mobile carrier can share an IP address. For actions that signed-in users call often, ' +
  'counting by account is fairer than counting by address.';
const rgStore = [
  'Rails keeps the counters in a cache store. Unless you pass <code>store:</code>, it uses the store configured in ' +
    '<code>config.cache_store</code>, so every application server sees the same counts as long as that store is shared, as Solid ' +
    'Cache and Redis are.',
  'The memory store keeps counts in each process. It is fine in development, but in production each server would count on its ' +
    'own and a client could make several times the intended number of requests.',
];
const rgWith =
  'The <code>with:</code> option takes a block that runs instead of the default response. Use it to redirect with a flash message ' +
  'on HTML forms, or to render a JSON error for API clients:';
const rgLast = 'Whatever the block does, the action itself is not run.';
const rgGuides: [string, string[]][] = [
  ['Start Here', ['Getting Started with Rails', 'Install Ruby on Rails']],
  ['Models', ['Active Record Basics', 'Active Record Migrations', 'Active Record Validations']],
  ['Views', ['Action View Overview', 'Layouts and Rendering in Rails']],
  ['Controllers', ['Action Controller Overview', 'Action Controller Advanced Topics', 'Rails Routing from the Outside In']],
];
const rgMore = ['Blog', 'Guides', 'API', 'Forum', 'Contribute on GitHub'];
const rgVersions = ['Edge', '8.0', '7.2', '7.1', '7.0'];
const rgFeedback = [
  'You’re encouraged to help improve the quality of this guide.',
  'Please contribute if you see any typos or factual errors. To get started, you can read our documentation contributions section.',
  'If you spot something to fix but cannot patch it yourself, please open an issue.',
  'Discussion of the Ruby on Rails documentation is welcome on the official Ruby on Rails Forum.',
];
const slug = (t: string): string => t.toLowerCase().replace(/\?/g, '-questionmark').replace(/\W+/g, '-');
const head = (i: number): string => {
  const num = rgNums[i] ?? '';
  const h = rgH[i] ?? '';
  const tag = num.includes('.') ? 'h3' : 'h2';
  return `<${tag} id="${slug(h)}"><a class="anchorlink" href="#${slug(h)}" data-turbo="false"><span>${num}</span> ${h}</a></${tag}>`;
};
const code = (src: string): string =>
  `<div class="interstitial code"><pre><code class="highlight ruby">${src}</code></pre><button class="clipboard-button" data-clipboard-text="${src
    .replace(/<[^>]+>/g, '')
    .replace(/"/g, '&quot;')}">Copy</button></div>`;
const rgHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rate Limiting Requests — Ruby on Rails Guides</title><link rel="stylesheet" type="text/css" href="stylesheets/style-v2.css" data-turbo-track="reload">
<link rel="stylesheet" type="text/css" href="stylesheets/print-v2.css" media="print"><link rel="stylesheet" type="text/css" href="stylesheets/highlight-v2.css">
<script src="javascripts/@hotwired--turbo.js" data-turbo-track="reload"></script><script src="javascripts/clipboard.js" data-turbo-track="reload"></script>
<script src="javascripts/guides.js" data-turbo-track="reload"></script><meta property="og:title" content="Rate Limiting Requests — Ruby on Rails Guides" />
<meta name="description" content="This guide covers how to limit how often clients can call your controller actions." />
<meta property="og:site_name" content="Ruby on Rails Guides" /><meta name="turbo-prefetch" content="false"></head>
<body class="guide"><nav id="topNav" aria-label="Secondary"><div class="wrapper"><strong class="more-info-label">More on
<a href="https://rubyonrails.org/">rubyonrails.org:</a> </strong><span class="red-button more-info-button">More Ruby on Rails</span>
<ul class="more-info-links s-hidden">${rgMore.map((t) => `<li class="more-info"><a href="#">${t}</a></li>`).join('')}</ul></div></nav>
<header id="page_header"><div class="wrapper clearfix"><nav id="feature_nav"><div class="header-logo"><a href="index.html" title="Return to home
page">Guides.rubyonrails.org</a></div><ul class="nav"><li><a class="nav-item" id="home_nav" href="https://rubyonrails.org/">Home</a></li>
<li class="guides-index guides-index-large"><a href="index.html" id="guidesMenu" class="guides-index-item nav-item">Guides Index</a>
<div id="guides" class="clearfix" style="display: none;"><hr /><dl class="guides-section-container">${rgGuides
  .map(([s, gs]) => `<div class="guides-section"><dt>${s}</dt>${gs.map((g) => `<dd><a href="#">${g}</a></dd>`).join('')}</div>`)
  .join('\n')}</dl></div></li><li><a class="nav-item" href="contributing_to_ruby_on_rails.html">Contribute</a></li>
<li class="guides-index guides-index-small"><select class="guides-index-item nav-item"><option value="index.html">Guides Index</option>${rgGuides
  .map(([s, gs]) => `<optgroup label="${s}">${gs.map((g) => `<option value="#">${g}</option>`).join('')}</optgroup>`)
  .join('')}</select></li></ul><div class="version-select"><label for="version">Version:</label><select id="version">${rgVersions
  .map((v, i) => `<option${i === 1 ? ' selected' : ''}>${v}</option>`)
  .join('')}</select></div></nav></div></header>
<hr class="hide" /><main id="main"><article><header id="feature"><div class="wrapper"><h1>${rgTitle}</h1><p>${rgIntro}</p>
<p>${rgKnowLead}</p><ul>${rgKnow.map((t) => `<li>${t}</li>`).join('\n')}</ul></div></header>
<div class="wrapper"><div id="column-side"><nav id="column-side-nav" aria-label="Chapters"><h2 class="chapter"><p>Chapters</p></h2><ol class="chapters">
<li><a href="#${slug(rgH[0])}">${rgH[0]}</a></li><li><a href="#${slug(rgH[1])}">${rgH[1]}</a><ul><li><a href="#${slug(rgH[2])}">${rgH[2]}</a></li></ul></li>
<li><a href="#${slug(rgH[3])}">${rgH[3]}</a></li><li><a href="#${slug(rgH[4])}">${rgH[4]}</a></li></ol></nav></div>
<div id="column-main"><section id="article-body">
${head(0)}${rgWhy.map((p) => `<p>${p}</p>`).join('\n')}
${head(1)}<p>${rgDecl1}</p>
${code(`<span class="k">class</span> <span class="nc">SessionsController</span> <span class="o">&lt;</span> <span class="no">ApplicationController</span>
  <span class="n">rate_limit</span> <span class="ss">to: </span><span class="mi">10</span><span class="p">,</span> <span class="ss">within: </span><span
class="mi">3</span><span class="p">.</span><span class="nf">minutes</span><span class="p">,</span> <span class="ss">only: </span><span class="ss">:create</span>
<span class="k">end</span>`)}
<p>${rgDecl2}</p>
${head(2)}<p>${rgBy}</p>
${code(`<span class="n">rate_limit</span> <span class="ss">to: </span><span class="mi">100</span>,
<span class="ss">within: </span><span class="mi">1</span>.<span
class="nf">minute</span>, <span class="ss">by: </span><span class="o">-&gt;</span> <span class="p">{</span> <span class="no">Current</span>.<span
class="nf">account</span>.<span class="nf">id</span> <span class="p">}</span>`)}
<div class="interstitial note"><p>${rgNote}</p></div>
${head(3)}${rgStore.map((p) => `<p>${p}</p>`).join('\n')}
${head(4)}<p>${rgWith}</p>
${code(`<span class="n">rate_limit</span> <span class="ss">to: </span><span class="mi">5</span>, <span class="ss">within: </span><span class="mi">1</span>.<span
class="nf">hour</span>, <span class="ss">with: </span><span class="o">-&gt;</span> <span class="p">{</span>
  <span class="n">redirect_to</span> <span class="n">new_session_path</span>, <span class="ss">alert: </span><span class="s2">"Try again later."</span>
<span class="p">}</span>`)}
<p>${rgLast}</p></section>
<hr><div id="feedback"><h3>Feedback</h3>${rgFeedback.map((p) => `<p>${p.replace('documentation contributions', '<a href="#">$&</a>')}</p>`).join('\n')}</div>
</div></div></article></main><hr class="hide" />
<footer id="page_footer"><div class="wrapper"><p>This work is licensed under a <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike 4.0 International</a> License</p><p>“Rails”, “Ruby on Rails”, and the Rails logo are trademarks of David Heinemeier Hansson. All
rights reserved.</p></div></footer><a href="#main" id="back-to-top" class="back-to-top" aria-label="Back to top">Back to top</a></body></html>`;
const railsGuide: TestPage = {
  html: rgHtml,
  name: 'heldout21-rails-guide',
  kind: 'docs',
  // the feature header's intro, its "After reading this guide, you will know:" lead and list (the guide's own opening, written
  // by its author) and every paragraph and the note in the article body are body; the numbered h2/h3s are the headings (their
  // number spans, "1", "2.1"..., in neither list); the "Chapters" list repeats the headings: left out; the code boxes are code;
  // the top bar, header, the hidden "Guides Index" menu and its select, the version select, "Feedback" block, the licence and
  // trademark footer and "Back to top" are furniture; the trademark line names a person but is no author line; no date
  title: rgTitle,
  headings: [...rgH],
  body: [
    ...texts([rgIntro]),
    rgKnowLead,
    ...texts(rgKnow),
    ...rgWhy,
    ...texts([rgDecl1, rgDecl2, rgBy]),
    rgNote,
    ...texts(rgStore),
    ...texts([rgWith]),
    rgLast,
  ],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'More on rubyonrails.org:', 'More Ruby on Rails', ...rgMore, 'Guides.rubyonrails.org', 'Home', 'Guides Index',
    ...rgGuides.flatMap(([s, gs]) => [s, ...gs]), 'Contribute', 'Version:', ...rgVersions, 'Chapters', 'Copy', 'Feedback', ...rgFeedback,
    'This work is licensed under a Creative Commons Attribution-ShareAlike 4.0 International License',
    '“Rails”, “Ruby on Rails”, and the Rails logo are trademarks of David Heinemeier Hansson. All rights reserved.', 'Back to top',
  ],
};

export const HELDOUT21_D: readonly TestPage[] = [railsGuide, justTheDocs];
