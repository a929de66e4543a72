import { type TestPage, texts } from './page-kit.js';
import { freshdeskArticle } from './pages-heldout70-b2.js';

/**
 * Held-out batch 70, file b: a Help Scout Docs article on the stock Docs theme (Bootstrap navbar with the logo, collection
 * tabs and "Contact", the article with an icon-only print link and two coloured callouts, the article ratings block with its
 * hidden thanks and error texts, "Still need help?" with the last-updated time, "Related Articles", the sidebar search and
 * "Categories", the "Powered by Help Scout" footer, the hidden contact-form modal and the Beacon loader script).
 */
const hsTitle = 'Calendar events show at the wrong time';
const hsIntro =
  'If bookings appear an hour or more out in your calendar, the cause is almost always a time zone that doesn’t match between ' +
  'Brightfold, your connected calendar and the device you’re looking at. Work through the checks below in order; most people ' +
  'find the problem in the first two.';
const hsH1 = 'Check your Brightfold time zone';
const hsZone = [
  'Go to <strong>Settings &gt; Profile</strong> and look at the <strong>Time zone</strong> field. Brightfold sets it from your ' +
    'browser when you sign up, so it can be wrong if you created your account while travelling or on a work laptop set to a ' +
    'head-office zone.',
  'Change it and click <strong>Save</strong>. Existing bookings keep their real time; only the way they are displayed changes.',
];
const hsCallout1 =
  'If you share a team page, each member’s availability is shown in their own time zone. Changing yours doesn’t move anyone ' + 'else’s hours.';
const hsH2 = 'Check the connected calendar';
const hsCal = 'Google Calendar and Outlook each have a time zone setting of their own, separate from your computer’s clock.';
const hsCalList = [
  'In Google Calendar, open <strong>Settings &gt; General &gt; Time zone</strong>.',
  'In Outlook on the web, open <strong>Settings &gt; Calendar &gt; View</strong> and check the time zone the calendar is displayed in.',
  'In Outlook for Windows, go to <strong>File &gt; Options &gt; Calendar</strong> and scroll to <strong>Time zones</strong>.',
];
const hsCalAfter =
  'If the calendar’s zone differs from the one in Brightfold, correct whichever is wrong, then disconnect and reconnect the ' +
  'calendar under <strong>Settings &gt; Calendars</strong> so that your events are written again.';
const hsH3 = 'Around a daylight saving change';
const hsDst =
  'In the weeks around a clock change, a booking made before the change for a date after it can look an hour out in some older ' +
  'calendar apps. The booking itself is correct. Opening the event usually shows the right time, and the display corrects ' +
  'itself once the app refreshes.';
const hsCallout2 =
  'Invitees always see times in the zone detected from their own browser. If an invitee says their confirmation email shows ' +
  'the wrong time, ask them to check the zone printed under the time on the booking page.';
const hsH4 = 'Still out of step?';
const hsLast = 'Send us the booking reference and a screenshot of the event in your calendar, and we’ll trace where the two times diverge.';
const hsCollections = ['Getting Started', 'Booking Pages', 'Billing', 'Troubleshooting'];
const hsCategories = ['Calendar sync', 'Notifications and reminders', 'Payments', 'Known issues'];
const hsRelated = ['Connect Google Calendar or Outlook', 'Why is my availability empty?', 'Change how times are shown on your booking page'];
const hsHtml = `<!DOCTYPE html>
<html>
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <title>${hsTitle} - Brightfold Help</title>
    <meta name="description" content="If bookings appear an hour or more out in your calendar, the cause is almost always a time zone that doesn’t match..."/>
    <meta name="viewport" content="width=device-width, maximum-scale=1"/>
    <meta name="apple-mobile-web-app-capable" content="yes"/>
    <meta property="og:title" content="${hsTitle}"/><meta property="og:type" content="article"/>
    <link rel="canonical" href="https://help.brightfold.example/article/212-calendar-events-show-at-the-wrong-time"/>
    <link rel="stylesheet" href="//d3eto7onm69fcz.cloudfront.net/assets/stylesheets/launch-1745928800421.css">
    <link rel="stylesheet" href="//s3.amazonaws.com/helpscout.net/docs/assets/5f2b8c1e9a/css/custom.css">
    <script src="//d3eto7onm69fcz.cloudfront.net/assets/javascripts/app4.min.js"></script>
    <script>
     window.hsJsonData = {"onPageSearch":false,"docsSearchHeader":false,"showSearchInNavBar":false,"collectionId":"6123ab45cd67ef8901234567"};
    </script>
</head>
<body>
    <header id="mainNav" class="navbar">
        <div class="navbar-inner">
            <div class="container-fluid">
                <a class="brand" href="/">
                    <img src="//d33v4339jhl8k0.cloudfront.net/docs/assets/5f2b8c1e9a/images/logo.png" alt="Brightfold Help" width="180" height="40">
                </a>
                <a class="btn btn-navbar" data-toggle="collapse" data-target=".nav-collapse">
                    <span class="sr-only">Toggle Navigation</span>
                    <i class="icon-reorder"></i>
                </a>
                <div class="nav-collapse collapse">
                    <nav role="navigation"><!-- added for accessibility -->
                    <ul class="nav">
                        <li id="home"><a href="https://brightfold.example">Home <b class="caret"></b></a></li>
${hsCollections
  .map(
    (t, i) =>
      `                        <li id="collection-${i}" ${i === 3 ? 'class="active"' : ''}><a
 href="/collection/${i + 1}-${t.toLowerCase().replace(' ', '-')}">${t}</a></li>`,
  )
  .join('\n')}
                        <li id="contact"><a href="#" class="contactUs" onclick="">Contact</a></li>
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
        <a href="javascript:window.print()" class="printArticle" title="Print this article" aria-label="Print this Article"><i class="icon-print"></i></a>
        <p>${hsIntro}</p>
<h2 id="check-your-brightfold-time-zone">${hsH1}</h2>
${hsZone.map((p) => `<p>${p}</p>`).join('\n')}
<section class="callout-yellow"><p>${hsCallout1}</p></section>
<h2 id="check-the-connected-calendar">${hsH2}</h2>
<p>${hsCal}</p>
<ul>
${hsCalList.map((t) => `  <li>${t}</li>`).join('\n')}
</ul>
<p><img src="//d33v4339jhl8k0.cloudfront.net/docs/assets/5f2b8c1e9a/images/66f1c2/file-Tz8Kq3.png" style="width: 600px; max-width: 100%;" alt=""></p>
<p>${hsCalAfter}</p>
<h2 id="around-a-daylight-saving-change">${hsH3}</h2>
<p>${hsDst}</p>
<section class="callout-blue"><p>${hsCallout2}</p></section>
<h2 id="still-out-of-step">${hsH4}</h2>
<p>${hsLast}</p>
<p><br></p>
    </article>
    <section class="articleRatings" data-article-id="66f1c2a9b7e0d13f5a8c4e21">
        <div class="articleRatings-question">Did this answer your question?</div>
        <div class="articleRatings-actions">
            <button class="rateAction rateAction--positive" data-rating="positive"><span class="sr-only">Thumbs Up</span>
                <svg width="24" height="24" viewBox="0 0 24 24"><path d="M12 21c4.97 0 9-4.03 9-9s-4.03-9-9-9-9 4.03-9 9 4.03 9 9 9z"/></svg></button>
            <button class="rateAction rateAction--negative" data-rating="negative"><span class="sr-only">Thumbs Down</span>
                <svg width="24" height="24" viewBox="0 0 24 24"><path d="M12 21c4.97 0 9-4.03 9-9s-4.03-9-9-9-9 4.03-9 9 4.03 9 9 9z"/></svg></button>
        </div>
        <div class="articleRatings-feedback"><div class="articleRatings-feedback-content"><p>Thanks for the feedback</p></div></div>
        <div class="articleRatings-failure">There was a problem submitting your feedback. Please try again later.</div>
    </section>
    <section class="articleFoot">
        <p class="help">Still need help? <a href="#" class="contactUs" onclick="window.Beacon('open')">Contact Us</a>
            <a href="#" id="sbContact" class="contactUs" onclick="window.Beacon('open')">Contact Us</a></p>
        <time class="lu" datetime="2025-10-21T15:07:42Z">Last updated on October 21, 2025</time>
    </section>
                </div><!--/contentWrapper-->
                <section class="related">
                    <h3>Related Articles</h3>
                    <ul>
${hsRelated.map((t, i) => `                        <li><a href="/article/${190 + i}"><i class="icon-article-doc"></i><span>${t}</span></a></li>`).join('\n')}
                    </ul>
                </section>
            </section><!--/content-->
            <aside id="sidebar" class="span3">
                <form action="/search" method="GET" id="searchBar" class="sm" autocomplete="off">
                    <input type="hidden" name="collectionId" value="6123ab45cd67ef8901234567"/>
                    <input type="text" name="query" title="search-query" class="search-query" placeholder="Search" value="" autocomplete="off"
 aria-label="Search" />
                    <button type="submit"><span class="sr-only">Toggle Search</span><i class="icon-search"></i></button>
                    <div id="serp-dd" style="display: none;" class="sb"><ul class="result"></ul></div>
                </form>
                <h3>Categories</h3>
                <ul class="nav nav-list">
${hsCategories
  .map(
    (t, i) => `                    <li ${i === 0 ? 'class="active"' : ''}><a href="/category/${40 + i}"><i
 class="icon-arrow"></i>${t}</a></li>`,
  )
  .join('\n')}
                </ul>
            </aside><!--/span-->
        </div><!--/row-->
        <div id="noResults" style="display:none;">No results found</div>
        <footer>
            <p>&copy; <a href="https://brightfold.example">Brightfold</a> 2025. Powered by
            <a rel="nofollow noopener noreferrer"
 href="https://www.helpscout.com/docs-refer/?co=Brightfold&utm_source=docs&utm_medium=footerlink&utm_campaign=Docs+Branding"
               target="_blank">Help Scout</a></p>
        </footer>
    </section><!--/.fluid-container-->
    <div id="contactModal" class="modal hide fade">
        <div class="modal-header"><button type="button" class="close" data-dismiss="modal" aria-hidden="true">×</button><h2>Contact Us</h2></div>
        <div class="modal-body">
            <div class="formStatus"><h4>Message sent</h4><p>Thanks for getting in touch. We’ll reply by email as soon as we can.</p></div>
            <form id="contactForm" class="contactForm" enctype="multipart/form-data" method="POST">
                <fieldset>
                    <div class="control-group" id="nameField"><label class="control-label" for="name">Name</label>
                        <div class="controls"><input type="text" id="name" value="" class="span5"/></div></div>
                    <div class="control-group" id="emailField"><label class="control-label" for="email">Email Address</label>
                        <div class="controls"><input type="email" id="email" value="" class="span5"/></div></div>
                    <div class="control-group" id="subjectField"><label class="control-label" for="subject">Subject</label>
                        <div class="controls"><input type="text" id="subject" value="" class="span5"/></div></div>
                    <div class="control-group" id="messageField"><label class="control-label" for="message">How can we help?</label>
                        <div class="controls"><textarea id="message" rows="6" class="span5"></textarea></div></div>
                    <div class="control-group" id="fileField"><label class="control-label" for="file">Attach a File</label>
                        <div class="controls"><input type="file" id="file"/> <span class="help-inline">Maximum size: 10MB</span></div></div>
                </fieldset>
                <div class="form-actions"><input type="submit" class="btn btn-large btn-primary" value="Send"/></div>
            </form>
        </div>
    </div>
    <script type="text/javascript">!function(e,t,n){function a(){var e=t.getElementsByTagName("script")[0],n=t.createElement("script");n.type="text/javascript",
    n.async=!0,n.src="https://beacon-v2.helpscout.net",e.parentNode.insertBefore(n,e)}if(e.Beacon=n=function(t,n,a){e.Beacon.readyQueue.push({method:t,
    options:n,data:a})},n.readyQueue=[],"complete"===t.readyState)return a();e.attachEvent?e.attachEvent("onload",a):e.addEventListener("load",a,!1)}(window,
    document,window.Beacon||function(){});</script>
    <script type="text/javascript">window.Beacon('init', 'a7e3c1d9-2b4f-4e8a-9c60-5d1b7f2e8a43')</script>
</body>
</html>`;
const helpScout: TestPage = {
  html: hsHtml,
  name: 'heldout70-helpscout-docs-article',
  kind: 'docs',
  // the four h2 are the headings, the paragraphs, the list and both callout sections (unlabelled) are body; "October 21, 2025"
  // is the byline ("Last updated on" in neither, as "By" is); the navbar collection tabs, the screen-reader labels, the ratings
  // block with its hidden thanks and error texts, "Still need help?" and both "Contact Us" links, related articles, sidebar
  // "Categories", the "Powered by" footer and the hidden contact modal (its labels, status text and size hint) are furniture
  title: hsTitle,
  headings: [hsH1, hsH2, hsH3, hsH4],
  body: [hsIntro, ...texts(hsZone), hsCallout1, hsCal, ...texts(hsCalList), ...texts([hsCalAfter]), hsDst, hsCallout2, hsLast],
  bylines: ['October 21, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Toggle Navigation', 'Home', ...hsCollections, 'Contact', 'Did this answer your question?', 'Thumbs Up', 'Thumbs Down', 'Thanks for the feedback',
    'There was a problem submitting your feedback. Please try again later.', 'Still need help?', 'Contact Us', 'Related Articles', ...hsRelated,
    'Toggle Search', 'Categories', ...hsCategories, 'No results found', 'Brightfold 2025. Powered by Help Scout', 'Message sent',
    'Thanks for getting in touch. We’ll reply by email as soon as we can.', 'Name', 'Email Address', 'Subject', 'How can we help?',
    'Attach a File', 'Maximum size: 10MB',
  ],
};

export const HELDOUT70_B: readonly TestPage[] = [helpScout, freshdeskArticle];
