import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 9, file e: a Mastodon-style thread page (the detailed post, the author's own continuation posts and
 * replies as `<article>`s, counts, server banner and rules, sign-in banner, a profile hover card) and a Drupal 7
 * university news node (breadcrumb, "Submitted by ... on ...", labelled fields, events block, printer-friendly link).
 */
const opener = 'Notes from last night’s Marsh Drainage Board meeting, for anyone who could not make it. A thread.';
const first = [
  'The big item was the Gedney pumping station. The board confirmed that both of the 1960s diesel pumps failed during the ' +
    'January floods, and that for eleven hours the only thing keeping water off the low fields was the small electric standby pump.',
  'Engineers have costed a full replacement at £3.8 million. The board can raise about a third of that from the drainage ' +
    'rate over five years; the rest depends on a government grant that will not be decided until the autumn.',
];
const second = [
  'In the meantime they are hiring two mobile pumps for next winter at £90,000, which several members said felt like ' +
    'paying rent on a house you cannot afford to fix. Nobody had a better idea.',
  'They also agreed to publish the pump logs every month, which is new and welcome. The first set goes up on the board’s ' +
    'website next week. #Fens #Flooding',
];
const third = 'The next meeting is 14 April at the village hall, 7 p.m., and it is open to the public. Please come. Questions can be sent in advance.';
const tom =
  '@hoduya Thank you for this. Do you know whether the grant bid includes the outfall sluice as well? That gate was ' +
  'stuck half open for two days in January and nobody seemed to know whose job it was.';
const tomReply =
  '@tsaddler It does not. The sluice belongs to the Environment Agency, not the board, which was the source of a ' +
  'fairly tense ten minutes. The chair has written to them and will report back in April.';
const ruth = '@hoduya Really useful, thank you. I have shared it on the parish noticeboard for the people who are not on here.';
const text = (paras: readonly string[]): string =>
  `<div class="status__content__text status__content__text--visible translate" lang="en">${ps(paras.map(mention))}</div>`;
const mention = (t: string): string =>
  t.replace(/^@(\w+)/, '<span class="h-card" translate="no"><a href="https://fen.social/@$1" class="u-url mention">@<span>$1</span></a></span>');
const bar = (replies: number, boosts: number, favs: number): string =>
  `<div class="status__action-bar"><button type="button" aria-label="Reply" title="Reply" class="status__action-bar__button icon-button">` +
  `<svg class="icon icon-reply"></svg><span class="icon-button__counter"><span class="animated-number">${replies}</span></span></button>` +
  `<button type="button" aria-label="Boost" title="Boost" class="status__action-bar__button icon-button"><svg class="icon"></svg>` +
  `<span class="icon-button__counter"><span class="animated-number">${boosts}</span></span></button>` +
  `<button type="button" aria-label="Favorite" title="Favorite" class="status__action-bar__button star-icon icon-button"><svg class="icon"></svg>` +
  `<span class="icon-button__counter"><span class="animated-number">${favs}</span></span></button>` +
  `<button type="button" aria-label="Bookmark" class="status__action-bar__button bookmark-icon icon-button"><svg class="icon"></svg></button></div>`;
const who = (name: string, acct: string): string =>
  `<a href="https://${acct.split('@')[2]}/@${acct.split('@')[1]}" class="status__display-name"><div class="status__avatar"><div class="account__avatar">` +
  `<img src="/avatars/${acct.split('@')[1]}.png" alt=""></div></div><span class="display-name"><bdi><strong class="display-name__html">${name}` +
  `</strong></bdi> <span class="display-name__account">${acct}</span></span></a>`;
const reply = (n: number, name: string, acct: string, day: number, hm: string, paras: readonly string[], counts: [number, number, number]): string =>
  `<article data-id="11402${n}" aria-posinset="${n}" aria-setsize="5"><div tabindex="-1"><div class="status__wrapper status__wrapper-public focusable" ` +
  `tabindex="0"><div class="status status-public status-reply"><div class="status__info"><a href="https://fen.social/@hoduya/11402${n}" ` +
  `class="status__relative-time"><span class="status__visibility-icon"><svg class="icon icon-globe"></svg></span>` +
  `<time datetime="2025-03-0${day}T${hm}:00.000Z" title="Mar ${day}, 2025, ${hm}">Mar ${day}</time></a>${who(name, acct)}</div>` +
  `<div class="status__content status__content--with-action">${text(paras)}</div>${bar(...counts)}</div></div></div></article>`;
const mastoHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta content="width=device-width, initial-scale=1" name="viewport">
<title>Harriet Oduya: "Notes from last night’s Marsh Drainage Board meeting, for anyone who…" - Fen Social</title>
<meta content="Fen Social" property="og:site_name"><meta content="article" property="og:type">
<meta content="Harriet Oduya (@hoduya@fen.social)" property="og:title"><meta content="${opener}" property="og:description">
<link rel="stylesheet" crossorigin="anonymous" href="/packs/css/common-8c9f1b.css"><script src="/packs/js/application-3d1e.js" crossorigin="anonymous"></script>
</head><body class="app-body theme-default no-reduce-motion">
<div class="app-holder" id="mastodon" data-props="{&quot;locale&quot;:&quot;en&quot;}"><div class="ui"><div class="columns-area__panels">
<div class="columns-area__panels__pane columns-area__panels__pane--compositional"><div class="columns-area__panels__pane__inner"><div class="compose-panel">
<div class="search"><input class="search__input" type="text" placeholder="Search" aria-label="Search" value=""></div>
<div class="server-banner"><div class="server-banner__introduction"><strong>fen.social</strong> is one of the many independent Mastodon servers you can
 use to participate in the fediverse.</div><img class="server-banner__hero" src="/system/site_uploads/files/thumbnail.png" alt="">
<div class="server-banner__description">A friendly server for people who live, work and walk in the Fens.</div>
<div class="server-banner__meta"><div class="server-banner__meta__column"><h4>Administered by:</h4><span class="display-name__account">@admin</span></div>
<div class="server-banner__meta__column"><h4>Server stats:</h4><strong class="server-banner__number">2.1K</strong><br>
<span class="server-banner__number-label">active users</span></div></div></div>
<div class="server-rules"><h4>Server rules</h4><ol class="rules-list">
<li><span class="rules-list__text">Be kind. No harassment, hate speech or personal attacks.</span></li>
<li><span class="rules-list__text">Put content warnings on graphic images and on posts about politics outside the Fens.</span></li>
<li><span class="rules-list__text">No advertising without asking the moderators first.</span></li></ol></div>
</div></div></div>
<div class="columns-area__panels__main"><div class="columns-area columns-area--mobile"><div class="column" role="region" aria-label="Post">
<div class="column-header__wrapper"><h1 class="column-header"><button type="button" class="column-header__back-button"><svg class="icon"></svg>
<span class="column-back-button__text">Back</span></button></h1></div>
<div class="scrollable item-list">
<div class="focusable detailed-status__wrapper detailed-status__wrapper-public" tabindex="0"><div class="detailed-status">
<a href="https://fen.social/@hoduya" class="detailed-status__display-name"><div class="detailed-status__display-avatar"><div class="account__avatar">
<img src="/avatars/hoduya.png" alt=""></div></div><span class="display-name"><bdi><strong class="display-name__html">Harriet Oduya</strong></bdi>
<span class="display-name__account">@hoduya@fen.social</span></span></a>
<div class="status__content">${text([opener, ...first])}</div>
<div class="detailed-status__meta"><div class="detailed-status__meta__line"><a class="detailed-status__datetime" href="https://fen.social/@hoduya/114020">
<time datetime="2025-03-02T21:14:08.000Z" title="Mar 2, 2025, 21:14">Mar 2, 2025, 21:14</time></a><span class="detailed-status__meta__sep"> · </span>
<span class="detailed-status__visibility-icon"><svg class="icon icon-globe" aria-label="Public"></svg></span></div>
<div class="detailed-status__meta__line"><a href="/@hoduya/114020/reblogs" class="detailed-status__link"><span class="detailed-status__reblogs">
<span class="animated-number">48</span></span> boosts</a><span class="detailed-status__meta__sep"> · </span>
<a href="/@hoduya/114020/favourites" class="detailed-status__link"><span class="detailed-status__favorites"><span class="animated-number">112</span></span>
 favorites</a></div></div></div>
<div class="detailed-status__action-bar">${bar(4, 48, 112)}</div></div>
<div role="feed">
${reply(1, 'Harriet Oduya', '@hoduya@fen.social', 2, '21:20', second, [1, 21, 40])}
${reply(2, 'Harriet Oduya', '@hoduya@fen.social', 2, '21:23', [third], [0, 30, 51])}
${reply(3, 'Tom Saddler', '@tsaddler@mastodon.example', 3, '07:48', [tom], [1, 2, 9])}
${reply(4, 'Harriet Oduya', '@hoduya@fen.social', 3, '08:05', [tomReply], [0, 3, 14])}
${reply(5, 'Ruth Ellery', '@rellery@fen.social', 3, '09:12', [ruth], [0, 0, 6])}
</div></div></div></div></div>
<div class="columns-area__panels__pane columns-area__panels__pane--navigational"><div class="navigation-panel">
<div class="navigation-panel__logo"><a class="column-link column-link--logo" href="/explore"><svg class="logo logo--wordmark" role="img"><title>Mastodon</title>
</svg></a></div><a class="column-link column-link--transparent" href="/explore"><span>Explore</span></a>
<a class="column-link column-link--transparent" href="/public/local"><span>Live feeds</span></a>
<div class="navigation-panel__sign-in-banner"><div class="sign-in-banner"><p><strong>Log in to join the conversation</strong></p>
<p>Create an account or log in to follow profiles or hashtags, favorite, share and reply to posts.</p>
<a href="/auth/sign_up" class="button button--block">Create account</a>
<a href="/auth/sign_in" class="button button--block button-tertiary">Login</a></div></div>
<div class="link-footer"><p><strong>Fen Social</strong>: <a href="/about">About</a> · <a href="/privacy-policy">Privacy policy</a></p>
<p><strong>Mastodon</strong>: <a href="https://joinmastodon.example">About</a> · <a href="https://github.example/mastodon/mastodon">View source code</a>
 · <span class="version">v4.3.4</span></p></div></div></div></div>
<div class="hover-card-controller"><div class="hover-card" role="tooltip"><a href="/@hoduya" class="hover-card__name"><span class="display-name">
<bdi><strong class="display-name__html">Harriet Oduya</strong></bdi> <span class="display-name__account">@hoduya@fen.social</span></span></a>
<div class="hover-card__text-row"><div class="account__header__content translate">
<p>Parish councillor in Long Sutton. Walks the drains so you do not have to.</p>
</div></div><div class="hover-card__numbers"><span><strong>1.2K</strong> Posts</span> <span><strong>840</strong> Followers</span></div>
<button type="button" class="button">Follow</button></div></div>
</div></div>
<div class="modal-root" style="opacity:0"></div></body></html>`;
const mastodon: TestPage = {
  html: mastoHtml,
  name: 'heldout9-mastodon-thread',
  kind: 'forum',
  // hard calls: the posts are the body, as on the earlier forum pages: the author's own continuation posts and the three
  // replies too (their @mentions stay as the browser shows them); there is no heading, so the title is the thread's
  // opening line, which the <title> quotes; names, handles and times are bylines; counts, buttons, the column header,
  // the server banner and rules, the sign-in banner, the profile hover card and the link footer are furniture
  title: opener,
  headings: [],
  body: [...texts(first), ...texts(second), third, tom, tomReply, ruth],
  bylines: [
    'Harriet Oduya',
    '@hoduya@fen.social',
    'Mar 2, 2025, 21:14',
    'Mar 2',
    'Mar 3',
    'Tom Saddler',
    '@tsaddler@mastodon.example',
    'Ruth Ellery',
    '@rellery@fen.social',
  ],
  furniture: [
    'is one of the many independent Mastodon servers you can use to participate in the fediverse.',
    'A friendly server for people who live, work and walk in the Fens.',
    'Administered by:',
    'Server stats:',
    'active users',
    'Server rules',
    'Be kind. No harassment, hate speech or personal attacks.',
    'Put content warnings on graphic images and on posts about politics outside the Fens.',
    'No advertising without asking the moderators first.',
    'Back',
    '48 boosts',
    '112 favorites',
    'Explore',
    'Live feeds',
    'Log in to join the conversation',
    'Create an account or log in to follow profiles or hashtags, favorite, share and reply to posts.',
    'Create account',
    'Login',
    'Privacy policy',
    'View source code',
    'v4.3.4',
    'Parish councillor in Long Sutton. Walks the drains so you do not have to.',
    '1.2K Posts',
    '840 Followers',
    'Follow',
  ],
};

const story = [
  'A layer of peat buried under two metres of river silt on the Aske floodplain holds about twice as much carbon as ' +
    'national soil maps assume, according to a study led by researchers in the Department of Geography and Earth Sciences.',
  'The team took 64 cores across 11 square kilometres of farmland between Aske and Wenham in 2023 and 2024. Almost every ' +
    'core below 1.5 metres reached dark, waterlogged peat, in places more than three metres thick.',
  '“The maps treat this as ordinary river clay,” said Dr Anjali Mistry, who led the fieldwork. “It is clay on top, but ' +
    'what is underneath is a fen that was drowned by floods about three thousand years ago and never dried out.”',
  'Because the peat is sealed under wet silt it is decomposing very slowly. The team estimates it holds around 1.9 million ' +
    'tonnes of carbon, roughly what the whole county emits from transport in four years.',
  'The finding matters for how the floodplain is managed. Deep drainage or gravel extraction could expose the peat to ' +
    'air, and the paper suggests both should be assessed for their carbon cost as well as their effect on flooding.',
  'The study, published in the journal <em>Catena</em>, was funded by the Natural Environment Research Council. The team ' +
    'is now working with the Aske Valley Partnership to map the edges of the buried layer with ground-penetrating radar.',
  'Students from the MSc in Environmental Monitoring took part in the coring as part of their field course, and two of them ' + 'are co-authors on the paper.',
];
const events = ['Public lecture: Rivers that remember', 'Postgraduate open evening', 'Careers fair: environment and energy'];
const drupalHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" version="XHTML+RDFa 1.0" dir="ltr"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<title>Buried peat under the Aske floodplain holds twice the carbon thought | Harrowgate University</title>
<style type="text/css" media="all">@import url("https://www.harrowgate.example/modules/system/system.base.css?s8k2qa");</style>
<script type="text/javascript">jQuery.extend(Drupal.settings, {"basePath":"\\/","pathPrefix":"","ajaxPageState":{"theme":"harrowgate"}});</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-4821 node-type-news">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div id="page-wrapper"><div id="page"><div id="header"><div class="section clearfix">
<a href="/" title="Home" rel="home" id="logo"><img src="/sites/all/themes/harrowgate/logo.png" alt="Home" /></a>
<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Home" rel="home"><span>Harrowgate University</span></a></strong></div></div>
<div class="region region-header"><div id="block-search-form" class="block block-search"><form action="/news/buried-peat" method="post" id="search-block-form">
<label class="element-invisible" for="edit-search-block-form--2">Search </label><input title="Enter the terms you wish to search for." type="text"
 id="edit-search-block-form--2" name="search_block_form" size="15" class="form-text" />
<input type="submit" value="Search" class="form-submit" /></form></div></div>
<div id="main-menu" class="navigation"><h2 class="element-invisible">Main menu</h2><ul id="main-menu-links" class="links clearfix">
${links(['Study', 'Research', 'News', 'Events', 'About'])}</ul></div></div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="breadcrumb"><h2 class="element-invisible">You are here</h2><div class="breadcrumb"><a href="/">Home</a> » <a href="/news">News</a></div></div>
<div id="content" class="column"><div class="section"><a id="main-content"></a>
<h1 class="title" id="page-title">Buried peat under the Aske floodplain holds twice the carbon thought</h1>
<div class="tabs"></div><div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-4821" class="node node-news node-promoted clearfix" about="/news/buried-peat" typeof="sioc:Item foaf:Document">
<span property="dc:title" content="Buried peat under the Aske floodplain holds twice the carbon thought" class="rdf-meta element-hidden"></span>
<div class="meta submitted">Submitted by <span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name">jkowalczyk</span> on
<span property="dc:date dc:created" content="2025-03-11T10:42:00+00:00" datatype="xsd:dateTime">Tue, 11/03/2025 - 10:42</span></div>
<div class="content clearfix">
<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even">
<img typeof="foaf:Image" src="/sites/default/files/styles/large/public/news/peat-core.jpg" alt="A peat core on a bench" /></div></div></div>
<div class="field field-name-field-caption field-type-text field-label-hidden"><div class="field-items"><div class="field-item even">A core from 2.4 metres
 below the Aske floodplain. Photo: Geography and Earth Sciences</div></div></div>
<div class="field field-name-body field-type-text-with-summary field-label-hidden">
<div class="field-items"><div class="field-item even" property="content:encoded">
${ps(story)}
</div></div></div>
<div class="field field-name-field-media-contact field-type-text field-label-inline clearfix"><div class="field-label">Media contact:&nbsp;</div>
<div class="field-items"><div class="field-item even">Press Office, press@harrowgate.example, 01632 960 412</div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Tags:&nbsp;</div>
<div class="field-items"><div class="field-item even" rel="dc:subject"><a href="/taxonomy/term/12" typeof="skos:Concept">Research</a></div>
<div class="field-item odd"><a href="/taxonomy/term/31" typeof="skos:Concept">Earth and Environment</a></div>
<div class="field-item even"><a href="/taxonomy/term/44" typeof="skos:Concept">Climate</a></div></div></div></div>
<ul class="links inline"><li class="print_html first"><a href="/print/4821" title="Display a printer-friendly version of this page." class="print-page"
 rel="nofollow">Printer-friendly version</a></li><li class="comment_forbidden last"><span><a href="/user/login?destination=node/4821%23comment-form">Log in</a>
 to post comments</span></li></ul>
</div></div></div></div></div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">
<div id="block-views-events-block-1" class="block block-views"><h2>Upcoming events</h2><div class="content"><div class="view view-events">
<div class="view-content">${events
  .map(
    (e, i) =>
      `<div class="views-row views-row-${i + 1}"><div class="views-field views-field-title"><span class="field-content"><a href="/events/${i + 90}">${e}` +
      `</a></span></div><div class="views-field views-field-field-date"><span class="date-display-single">${20 + i} March 2025</span></div></div>`,
  )
  .join('\n')}</div>
<div class="more-link"><a href="/events">More events</a></div></div></div></div></div></div></div>
</div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="region region-footer"><p>Harrowgate University, Abbey Road, Harrowgate HG9 4TR</p>
<ul class="menu">${links(['Accessibility', 'Freedom of information', 'Privacy and cookies'])}</ul><p>© Harrowgate University 2025</p></div></div></div>
</div></div></body></html>`;
const drupal: TestPage = {
  html: drupalHtml,
  name: 'heldout9-drupal-university-news',
  kind: 'news',
  // hard calls: "Submitted by <user> on <date>" is the byline (the user name and date too); the image caption, the
  // labelled fields after the body ("Media contact:", "Tags:" and their values), the print and comment links, the
  // events block and its dates are furniture; the last body paragraph, short and about students, is still body
  title: 'Buried peat under the Aske floodplain holds twice the carbon thought',
  headings: [],
  body: texts(story),
  bylines: ['Submitted by jkowalczyk on Tue, 11/03/2025 - 10:42', 'jkowalczyk', 'Tue, 11/03/2025 - 10:42'],
  furniture: [
    'Skip to main content',
    'Harrowgate University',
    'Study',
    'Research',
    'Events',
    'A core from 2.4 metres below the Aske floodplain. Photo: Geography and Earth Sciences',
    'Media contact:',
    'Press Office, press@harrowgate.example, 01632 960 412',
    'Tags:',
    'Earth and Environment',
    'Climate',
    'Printer-friendly version',
    'Log in to post comments',
    'Upcoming events',
    ...events,
    '20 March 2025',
    '21 March 2025',
    '22 March 2025',
    'More events',
    'Harrowgate University, Abbey Road, Harrowgate HG9 4TR',
    'Accessibility',
    'Freedom of information',
    'Privacy and cookies',
    '© Harrowgate University 2025',
  ],
};

export const HELDOUT9_E: readonly TestPage[] = [mastodon, drupal];
