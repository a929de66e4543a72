import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 77, file d2: a framework guide on the Ruby on Rails Guides template, for an invented Ruby framework
 * (the mobile bar, the header with the guides logo, "Home", the hidden "Guides Index" menu with its sections and the
 * small-screen select, "Contribute", the #feature section holding the h1, the intro and the "After reading this guide,
 * you will know:" list beside the "Chapters" nav, the numbered h2/h3 headings with anchor links, "interstitial" code
 * boxes with copy buttons and NOTE/WARNING boxes, "Back to top", the guide's "Feedback" section and the licence footer).
 */
const rgTitle = 'Postbox Basics';
const rgIntro = [
  'This guide gives you what you need to start sending email from a Tramline application using Postbox, the framework’s ' + 'mailer library.',
  'After reading this guide, you will know:',
];
const rgKnow = [
  'How to generate a mailer and write its actions and views.',
  'How to send email now or later through a background queue.',
  'How to preview emails in the browser during development.',
  'How to test mailers without sending anything.',
];
const rgH = ['What is Postbox?', 'Creating a Mailer', 'Writing the view', 'Sending Email', 'Previewing Emails'];
const rgWhat = [
  'Postbox lets you send email from your application using mailer classes that look and work much like controllers. Each ' +
    'public method of a mailer builds one kind of message, and the message body is rendered from templates in ' +
    '<code>app/views</code>, just like a web page.',
  'Because mailers are ordinary Ruby classes, they can use the same helpers, layouts and translations as the rest of your ' + 'application.',
];
const rgCreate = [
  'Use the generator to create a mailer. It writes the mailer class, a folder for its views and a test file:',
  'The generated class inherits from <code>ApplicationMailer</code>, where you can set defaults that apply to every ' +
    'mailer, such as the sender address and the layout:',
  'Add a method for each kind of email. Instance variables you set in the method are available in the view, and the ' +
    'call to <code>mail</code> returns the message:',
];
const rgView = [
  'Create a template with the same name as the method. If you add both an HTML and a plain-text template, Postbox sends ' +
    'a multipart message and the recipient’s email client chooses which part to show.',
];
const rgNote =
  'Links in emails must use full URLs. Set <code>config.postbox.default_url_options</code> in each environment so that ' + 'URL helpers know the host name.';
const rgSend = [
  'Calling the mailer method returns a message without sending it. Call <code>deliver_later</code> to put the message on ' +
    'the job queue, or <code>deliver_now</code> to send it immediately in the current process:',
  'In most applications <code>deliver_later</code> is the better choice, because the web request does not have to wait ' + 'for the mail server.',
];
const rgWarn =
  'Jobs are serialized, so pass records rather than large objects to <code>with</code>. A record is stored as a global ID ' +
  'and loaded again when the job runs.';
const rgPreview = [
  'Postbox previews show what an email will look like without sending it. Create a preview class in ' +
    '<code>test/mailers/previews</code> and visit <code>/tramline/mailers</code> in the browser while the development ' +
    'server is running.',
  'Each preview method returns a message built with sample data. Previews update as you edit the templates, so they are ' +
    'the quickest way to check the layout of a new email.',
];
const rgCode1 = 'bin/tramline generate mailer Welcome';
const rgCode2 = 'class ApplicationMailer &lt; Postbox::Base\n  default from: "hello@example.com"\n  layout "mailer"\nend';
const rgCode3 = 'def welcome_email\n  @user = params[:user]\n  mail(to: @user.email, subject: "Welcome!")\nend';
const rgCode4 = 'WelcomeMailer.with(user: @user).welcome_email.deliver_later';
const rgGuides: [string, string[]][] = [
  ['Start Here', ['Getting Started with Tramline', 'Installing Tramline']],
  ['Models', ['Stowage Basics', 'Stowage Migrations', 'Stowage Validations']],
  ['Views', ['Layouts and Rendering', 'View Helpers', 'Form Helpers']],
  ['Controllers', ['Controller Basics', 'Routing from the Outside In']],
  ['Other Components', ['Postbox Basics', 'Task Queue Basics', 'File Storage Overview', 'Caching with Tramline']],
  ['Digging Deeper', ['Security Guide', 'Debugging Tramline Applications', 'Configuring Tramline Applications', 'Testing Tramline Applications']],
];
const rgFeedback = [
  'You’re encouraged to help improve the quality of this guide.',
  'Please contribute if you see any typos or factual errors. To get started, read the documentation contributions section.',
  'If you spot something to fix but cannot patch it yourself, please open an issue.',
  'Questions and discussion about the Tramline documentation are welcome on the Tramline forum.',
];
const rgFoot = [
  'This work is licensed under a Creative Commons Attribution-ShareAlike 4.0 International License',
  '“Tramline” and the Tramline logo are trademarks of the Tramline Foundation. All rights reserved.',
];
const rgSlug = (t: string): string =>
  t
    .toLowerCase()
    .replace(/\?/g, '-questionmark')
    .replace(/[^a-z-]+/g, '-');
const rgHead = (lvl: number, n: string, t: string): string =>
  `<h${lvl} id="${rgSlug(t)}"><a class="anchorlink" href="#${rgSlug(t)}" data-turbo="false"><span>${n}</span> ${t}</a></h${lvl}>`;
const rgCode = (lang: string, c: string): string => `<div class="interstitial code"><pre><code class="highlight ${lang}">${c}</code></pre>
<button class="clipboard-button" data-clipboard-text="${c.replace(/"/g, '&quot;').replace(/\n/g, '&#10;')}">Copy</button></div>`;
const rgBox = (kind: string, p: string): string => `<div class="interstitial ${kind}"><p>${p}</p></div>`;
const rgP = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const rgHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${rgTitle} — Tramline Guides</title><link rel="stylesheet" type="text/css" href="stylesheets/style-v2.css" data-turbo-track="reload">
<link rel="stylesheet" type="text/css" href="stylesheets/print-v2.css" media="print"><link rel="stylesheet" type="text/css" href="stylesheets/highlight-v2.css">
<meta property="og:title" content="${rgTitle} — Tramline Guides"><meta name="description" content="${rgIntro[0]}">
<meta property="og:site_name" content="Tramline Guides"><meta name="turbo-prefetch" content="false">
<script src="javascripts/@hotwired--turbo.js" data-turbo-track="reload"></script><script src="javascripts/clipboard.js" data-turbo-track="reload"></script>
<script src="javascripts/guides.js" data-turbo-track="reload"></script></head>
<body class="guide"><div id="mobile-navigation-bar"><a href="#feature" class="back-to-top" aria-label="Back to top">Back to top</a></div>
<header id="page_header"><div class="wrapper clearfix">
<nav id="feature_nav"><div class="header-logo"><a href="index.html" title="Return to home page">Guides.tramline.dev</a>
</div><ul class="nav"><li><a class="nav-item" id="home_nav" href="https://tramline.dev/">Home</a></li>
<li class="guides-index guides-index-large"><a href="index.html" id="guidesMenu" class="guides-index-item nav-item">Guides Index</a>
<div id="guides" class="clearfix" style="display: none;"><hr><dl class="guides-section-container">
${rgGuides
  .map(
    ([s, g]) => `<div class="guides-section"><dt>${s}</dt>
${g.map((t) => `<dd><a href="${rgSlug(t)}.html">${t}</a></dd>`).join('\n')}</div>`,
  )
  .join('\n')}
</dl></div></li><li><a class="nav-item" href="contributing_to_tramline.html">Contribute</a></li>
<li class="guides-index guides-index-small"><select class="guides-index-item nav-item"><option value="index.html">Guides Index</option>
${rgGuides.map(([s, g]) => `<optgroup label="${s}">${g.map((t) => `<option value="${rgSlug(t)}.html">${t}</option>`).join('')}</optgroup>`).join('\n')}
</select></li></ul></nav></div></header>
<hr class="hide">
<section id="feature"><div class="wrapper"><h1>${rgTitle}</h1>
${rgP(rgIntro)}
<ul>${rgKnow.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<nav id="column-side" aria-label="Chapter" class="guide-index"><h2 class="chapter"><picture aria-hidden="true"><img src="images/icon_book-close-bookmark-1.svg"
alt="Chapter Icon"></picture>Chapters</h2><ol class="chapters">
<li><a href="#${rgSlug(rgH[0]!)}">${rgH[0]}</a></li>
<li><a href="#${rgSlug(rgH[1]!)}">${rgH[1]}</a><ul><li><a href="#${rgSlug(rgH[2]!)}">${rgH[2]}</a></li></ul></li>
<li><a href="#${rgSlug(rgH[3]!)}">${rgH[3]}</a></li><li><a href="#${rgSlug(rgH[4]!)}">${rgH[4]}</a></li></ol></nav></div></section>
<main id="article" class="wrapper"><div id="container"><div class="wrapper"><div id="mainCol">
${rgHead(2, '1', rgH[0]!)}
${rgP(rgWhat)}
${rgHead(2, '2', rgH[1]!)}
${rgP(rgCreate.slice(0, 1))}
${rgCode('bash', rgCode1)}
${rgP(rgCreate.slice(1, 2))}
${rgCode('ruby', rgCode2)}
${rgP(rgCreate.slice(2))}
${rgCode('ruby', rgCode3)}
${rgHead(3, '2.1', rgH[2]!)}
${rgP(rgView)}
${rgBox('note', rgNote)}
${rgHead(2, '3', rgH[3]!)}
${rgP(rgSend.slice(0, 1))}
${rgCode('ruby', rgCode4)}
${rgP(rgSend.slice(1))}
${rgBox('warning', rgWarn)}
${rgHead(2, '4', rgH[4]!)}
${rgP(rgPreview)}
<div class="feedback"><h3>Feedback</h3>
${rgP(rgFeedback)}
</div></div></div></div></main>
<hr class="hide">
<footer id="page_footer"><div class="wrapper"><p>This work is licensed under a <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike 4.0 International</a> License</p><p>${rgFoot[1]}</p></div></footer>
<script>document.addEventListener("turbo:load", function () { guidesIndex(); });</script></body></html>`;
export const guidePage: TestPage = {
  html: rgHtml,
  name: 'heldout77-rails-guides-framework-docs',
  kind: 'docs',
  // the intro and its "you will know" list sit in the #feature header beside the chapters nav and are body; the
  // headings' numbers ("1", "2.1") are in neither list, nor are code boxes; NOTE/WARNING boxes are body; the chapters
  // nav repeats the headings (left out); the "Postbox Basics" entry of the hidden guides menu is the title (left out)
  title: rgTitle,
  headings: rgH,
  body: [...rgIntro, ...rgKnow, ...texts(rgWhat), ...texts(rgCreate), ...rgView, ...texts([rgNote]), ...texts(rgSend), ...texts([rgWarn]), ...texts(rgPreview)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Back to top', 'Guides.tramline.dev', 'Home', 'Guides Index', ...rgGuides.map((g) => g[0]), ...rgGuides.flatMap((g) => g[1]).filter((t) => t !== rgTitle),
    'Contribute', 'Chapters', 'Copy', 'Feedback', ...rgFeedback, ...rgFoot,
  ],
};
