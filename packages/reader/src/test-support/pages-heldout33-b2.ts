import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 33, file b2: a Help Scout Docs article (the Docs site template: Bootstrap 2 navbar with logo and site links,
 * the #fullArticle with its print icon, callout-yellow and callout-blue sections, "Related Articles", the articleFoot with
 * "Still need help? Contact Us" and "Last updated on", the sidebar search form and "Categories" list, the "Powered by Help
 * Scout" footer and the Beacon script).
 */
const hsTitle = 'Limit how many times a form can be submitted';
const hsIntro =
  'Some forms should only be filled in a set number of times. A workshop sign-up sheet has only so many seats, a giveaway has a ' +
  'fixed number of prizes, and a staff survey should get one answer from each person. Thistle Forms has two separate limits for ' +
  'these cases: a total response limit for the whole form, and a per-person limit.';
const hsH1 = 'Set a total response limit';
const hsTotal = 'A total limit closes the form automatically once it has received a set number of responses.';
const hsSteps = [
  'Open the form and click <strong>Settings</strong> in the top bar.',
  'Under <strong>Responses</strong>, switch on <strong>Close after a number of responses</strong>.',
  'Enter the number, for example 40, and click <strong>Save</strong>.',
];
const hsAfter =
  'When the limit is reached, visitors see your closed-form message instead of the questions. The form’s share link keeps ' +
  'working, so you don’t need to take it down from your website.';
const hsYellow =
  'Responses you delete still count toward the total. If you remove test entries after setting a limit, raise the limit by the ' + 'same number.';
const hsH2 = 'Limit responses per person';
const hsPer = 'Thistle Forms can recognise a repeat visitor in three ways. You can combine them, but each one has trade-offs:';
const hsWays = [
  '<strong>Browser cookie.</strong> Works without asking for anything, but someone using a second browser or a private window can respond again.',
  '<strong>Email address.</strong> Reliable when the form asks for an email, and the address is checked against earlier responses before the ' +
    'form is sent.',
  '<strong>Thistle sign-in.</strong> The strictest option, but respondents need a free Thistle account, which puts some people off.',
];
const hsH3 = 'Change the closed-form message';
const hsClosed =
  'By default, visitors to a closed form see a short message saying that it has stopped accepting responses. You can replace it ' +
  'with your own text, add a link to a waiting list, or send visitors to another page entirely by choosing <strong>Redirect</strong> ' +
  'under <strong>Closed form</strong>.';
const hsBlue =
  'Reopening a form is as simple as raising the limit or switching it off. Anyone who saw the closed message will see the ' +
  'questions again when they reload the page.';
const hsRelated = ['Schedule a form to open and close', 'Collect payments with a form', 'Export responses to a spreadsheet'];
const hsNav = ['Thistle Forms home', 'Status', 'Contact'];
const hsCats = ['Getting Started', 'Building Forms', 'Sharing and Embedding', 'Responses and Exports', 'Integrations', 'Billing'];
const hsHtml = `<!DOCTYPE html>
<html>
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <title>${hsTitle} - Thistle Forms Help</title>
    <meta name="viewport" content="width=device-width, maximum-scale=1"/>
    <meta name="apple-mobile-web-app-capable" content="yes"/>
    <meta name="format-detection" content="telephone=no">
    <meta name="description" content="Some forms should only be filled in a set number of times."/>
    <meta name="author" content="Thistle Forms"/>
    <link rel="canonical" href="https://help.thistleforms.example/article/214-limit-submissions"/>
    <meta name="twitter:card" content="summary"/>
    <meta name="twitter:title" content="${hsTitle}" />
    <meta property="og:type" content="article" />
    <meta property="og:title" content="${hsTitle}" />
    <link rel="stylesheet" type="text/css" href="//d3eto7onm69fcz.cloudfront.net/assets/stylesheets/launch-1734519820.css">
    <style>#mainNav{background:#3d2a5c}#sidebar .nav-list li.active a{color:#3d2a5c}.callout-yellow{border-left-color:#f2c94c}</style>
    <script src="//d3eto7onm69fcz.cloudfront.net/assets/javascripts/app4.min.js"></script>
    <script>
     window.hsAnalyticsProperties = {
             'Article ID': '66f0a1d2e4b0c8310bc2a217',
             'Collection ID': '5f2b7d09c9e77c0016c31e44',
             'Category ID': '5f2b7d6a2c7d3a10cbab1f02',
             'Docs Site ID': '5f2b7cf52c7d3a10cbab1efb',
     }
    </script>
</head>
<body>
<header id="mainNav" class="navbar">
    <div class="navbar-inner">
        <div class="container-fluid">
            <a class="brand" href="/">
            <img src="//d33v4339jhl8k0.cloudfront.net/docs/assets/5f2b7cf52c7d3a10cbab1efb/images/logo-thistle.png" alt="Thistle Forms Help"
              width="180" height="40"/>
            </a>
            <a class="btn btn-navbar" data-toggle="collapse" data-target=".nav-collapse">
                <span class="sr-only">Toggle Navigation</span>
                <span class="icon-bar"></span>
                <span class="icon-bar"></span>
            </a>
            <div class="nav-collapse collapse">
                <nav role="navigation"><!-- added for accessibility -->
                <ul class="nav">
${links(hsNav)}
                </ul>
                </nav>
            </div><!--/.nav-collapse -->
        </div><!--/container-->
    </div><!--/navbar-inner-->
</header>
<section id="contentArea" class="container-fluid">
    <div class="row-fluid">
        <section id="main-content" class="span9">
            <div class="contentWrapper withRelated">
                <article id="fullArticle">
                    <h1 class="title">${hsTitle}</h1>
                    <a href="javascript:window.print()" class="printArticle" title="Print this article" aria-label="Print this Article">
                      <i class="icon-print"></i></a>
                    <p>${hsIntro}</p>
                    <h2 id="set-a-total-response-limit">${hsH1}</h2>
                    <p>${hsTotal}</p>
                    <ol>
${hsSteps.map((t) => `                      <li>${t}</li>`).join('\n')}
                    </ol>
                    <p><img src="https://d33v4339jhl8k0.cloudfront.net/docs/assets/5f2b7cf52c7d3a10cbab1efb/images/66f0a3c0/file-Rk2.png"
                      style="width: 70%; max-width: 560px;" alt="The Responses settings panel"></p>
                    <p>${hsAfter}</p>
                    <section class="callout-yellow">
                      <p>${hsYellow}</p>
                    </section>
                    <h2 id="limit-responses-per-person">${hsH2}</h2>
                    <p>${hsPer}</p>
                    <ul>
${hsWays.map((t) => `                      <li>${t}</li>`).join('\n')}
                    </ul>
                    <h2 id="change-the-closed-form-message">${hsH3}</h2>
                    <p>${hsClosed}</p>
                    <section class="callout-blue">
                      <p>${hsBlue}</p>
                    </section>
                </article>
                <section class="related">
                    <h3>Related Articles</h3>
                    <ul>
${hsRelated
  .map((t, i) => `                        <li><a href="/article/21${i + 5}-related"><i class="icon-article-doc"></i><span>${t}</span></a></li>`)
  .join('\n')}
                    </ul>
                </section>
            </div><!-- /contentWrapper -->
            <section class="articleFoot">
            <p class="help">Still need help?
                <a id="sbContact" href="#" class="contactUs" onclick="window.Beacon('open')">Contact Us</a>
                <a id="sbContactMobile" href="/contact">Contact Us</a>
            </p>
            <time class="lu" datetime="2025-10-09">Last updated on October 9, 2025</time>
            </section>
        </section><!-- /main-content -->
        <aside id="sidebar" class="span3">
            <form action="/search" method="GET" id="searchBar" class="sm" autocomplete="off">
                <input type="hidden" name="collectionId" value="5f2b7d09c9e77c0016c31e44"/>
                <input type="text" name="query" title="search-query" class="search-query" placeholder="Search" value="" aria-label="Search" />
                <button type="submit">
                    <span class="sr-only">Toggle Search</span>
                    <i class="icon-search"></i>
                </button>
                <div id="serp-dd" style="display: none;" class="sb">
                    <ul class="result">
                    </ul>
                </div>
            </form>
            <h3>Categories</h3>
            <ul class="nav nav-list">
${hsCats
  .map((t, i) => `                <li${i === 3 ? ' class="active"' : ''}><a href="/category/${i + 7}-c"><i class="icon-arrow"></i>${t}</a></li>`)
  .join('\n')}
            </ul>
        </aside>
    </div><!--/row-fluid-->
</section><!--/contentArea-->
<footer>
    <p>&#169; <a href="https://thistleforms.example">Thistle Forms</a> 2025. Powered by
      <a rel="nofollow noopener noreferrer" href="https://www.helpscout.com/docs-refer/?co=Thistle+Forms&amp;utm_source=docs&amp;utm_medium=footerlink"
        target="_blank">Help Scout</a></p>
</footer>
<script type="text/javascript">!function(e,t,n){function a(){var e=t.getElementsByTagName("script")[0],n=t.createElement("script");
n.type="text/javascript",n.async=!0,n.src="https://beacon-v2.helpscout.net",e.parentNode.insertBefore(n,e)}if(e.Beacon=n=function(t,n,a){
e.Beacon.readyQueue.push({method:t,options:n,data:a})},n.readyQueue=[],"complete"===t.readyState)return a();e.attachEvent?e.attachEvent("onload",a):
e.addEventListener("load",a,!1)}(window,document,window.Beacon||function(){});</script>
<script type="text/javascript">window.Beacon('init', '8b1c2e44-0f3a-4c59-a1d7-5e6f70b2c9d3')</script>
</body>
</html>`;
export const helpScoutArticle: TestPage = {
  html: hsHtml,
  name: 'heldout33-help-scout-docs-article',
  kind: 'docs',
  // the three h2 are the headings; the paragraphs, the steps, the three "ways" items (their bold lead-ins included) and both
  // callout sections are body (callouts in the article are body); "Last updated on ..." is the byline; the navbar links,
  // "Related Articles" and its list, "Still need help?" and "Contact Us" (twice), the sidebar "Categories" list, the hidden
  // "Toggle Navigation"/"Toggle Search" labels and the footer are furniture; the image's alt text is not text
  title: hsTitle,
  headings: [hsH1, hsH2, hsH3],
  body: [hsIntro, hsTotal, ...texts(hsSteps), hsAfter, hsYellow, hsPer, ...texts(hsWays), ...texts([hsClosed]), hsBlue],
  bylines: ['Last updated on October 9, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Toggle Navigation', ...hsNav, 'Related Articles', ...hsRelated, 'Still need help?', 'Contact Us', 'Toggle Search', 'Categories', ...hsCats,
    '© Thistle Forms 2025. Powered by Help Scout',
  ],
};
