import { links, type TestPage, texts } from './page-kit.js';
import { intercomArticle } from './pages-heldout70-a2.js';

/**
 * Held-out batch 70, file a: a Zendesk Guide help-centre article on a lightly customised Copenhagen theme (skip link,
 * header with "Submit a request" and "Sign in", breadcrumbs and the search box, the collapsible "Articles in this section"
 * sidebar, the author avatar block with the updated time, the "Follow" button, the article body with an inline screenshot
 * and a note, the attachments list, share icons with SVG titles, the helpful vote, "Have more questions?", recently viewed and
 * related articles, two comments (one of them the author's official answer), the footer language picker, a OneTrust cookie
 * banner and the HelpCenter bootstrap script).
 */
const zdTitle = 'Split an employee’s net pay between two bank accounts';
const zdIntro = [
  'Employees can have their net pay divided between two bank accounts, for example an everyday current account and a savings ' +
    'account. Larkspur pays a fixed amount into the secondary account first and sends whatever is left to the primary account.',
  'Split payments are available on the Standard and Plus plans. They are set up per employee, and only a user with the ' +
    '<strong>Payroll Admin</strong> role can add or change bank details.',
];
const zdH1 = 'Before you start';
const zdBefore = [
  'Collect the sort code and account number for both accounts from the employee, in writing.',
  'Agree with the employee which account is the primary account. It receives the remainder of the pay and any reimbursements.',
  'Check that the pay run the change should apply to has not been approved yet.',
];
const zdH2 = 'Add a secondary account';
const zdSteps = [
  'In the left menu, click <strong>People</strong> and open the employee’s profile.',
  'Select the <strong>Payment</strong> tab, then click <strong>Edit bank details</strong>.',
  'Under <strong>Secondary account</strong>, click <strong>Add account</strong> and enter the sort code, account number and account name.',
  'Enter the fixed amount to pay into this account each period, for example <code>250.00</code>.',
  'Click <strong>Save</strong>. The employee gets an email asking them to confirm the change.',
];
const zdNote =
  'The change takes effect only after the employee confirms it from the link in that email. Unconfirmed changes expire after ' +
  'seven days, and the original details stay in place until then.';
const zdH3 = 'How the split is calculated';
const zdCalc = [
  'The fixed amount is taken from net pay, after tax, pension contributions and any other deductions. If net pay in a period ' +
    'is lower than the fixed amount, all of it goes to the secondary account and nothing is paid into the primary account. The ' +
    'payslip shows the two payments on separate lines.',
  'Expense reimbursements are never split. They always go to the primary account, even when they are paid in the same pay run ' + 'as salary.',
];
const zdH4 = 'Remove or change a split';
const zdRemove = [
  'To stop splitting pay, open the <strong>Payment</strong> tab again and click <strong>Remove</strong> next to the secondary ' +
    'account. To change the fixed amount, edit the figure and save; the employee is asked to confirm in the same way. Changes ' +
    'made after a pay run is approved apply from the following pay run.',
  'If the bank returns a payment to either account, Larkspur holds the money and shows an alert on the employee’s profile. ' +
    'Contact our support team and we will reissue the payment once the details are corrected.',
];
const zdSection = ['Add or update an employee’s bank details', 'Why was a payment returned by the bank?', 'Change the pay date for a single pay run'];
const zdSection2 = ['Pay an employee by cheque'];
const zdRelated = ['Run an off-cycle payment', 'Understanding your payslip summary', 'Set up pension auto-enrolment'];
const zdComment1 =
  'Is there any plan to allow more than two accounts? A few of our staff pay part of their wages straight into a rent account ' + 'as well as savings.';
const zdComment2 = 'Hi Dana, not at the moment, but a third account is on our roadmap for next year. I’ve added your vote to the feature request.';
const zdHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-US">
<head>
  <meta charset="utf-8" />
  <!-- v26831 -->
  <title>${zdTitle} &ndash; Larkspur Payroll Help Center</title>
  <meta name="csrf-param" content="authenticity_token">
  <meta name="csrf-token" content="">
  <meta name="description" content="Employees can have their net pay divided between two bank accounts, for example an everyday current..." />
  <meta property="og:type" content="website" /><meta property="og:site_name" content="Larkspur Payroll Help Center" />
  <link rel="canonical" href="https://help.larkspurpayroll.example/hc/en-us/articles/4405712398345">
  <link rel="alternate" hreflang="de" href="https://help.larkspurpayroll.example/hc/de/articles/4405712398345">
  <link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-9d1c7a3e2f.css" media="all" />
  <link rel="stylesheet" type="text/css" href="/hc/theming_assets/01HZ8Q4B7X2C/9876543/style.css?digest=28871460218257">
  <style>.article-body .callout{border-left:4px solid #d9534f;padding:12px 16px;background:#fdf3f2}.sidenav-item.current-article{font-weight:600}</style>
  <script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="0190a2b4-77c1-7d2e-9a41-3c2b8f6e1d55"></script>
</head>
<body class="">
  <a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header">
  <div class="logo"><a title="Home" href="/hc/en-us"><img src="/hc/theming_assets/01HZ8Q4B7X2C/logo.svg" alt="Help Center home page"></a></div>
  <div class="nav-wrapper-desktop">
    <nav class="user-nav" id="user-nav" aria-label="User navigation">
      <ul class="user-nav-list"><li><a class="submit-a-request" href="/hc/en-us/requests/new">Submit a request</a></li></ul>
    </nav>
      <a class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialog" role="button" href="/hc/en-us/signin?return_to=%2Fhc">
        Sign in
      </a>
  </div>
  <div class="nav-wrapper-mobile"><button class="menu-button-mobile" aria-controls="user-nav-mobile" aria-expanded="false" aria-label="Toggle navigation menu">
    <svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" focusable="false" viewBox="0 0 16 16" class="icon-menu"><path
 d="M1.5 3.5h13m-13 4h13m-13 4h13"/></svg>
  </button></div>
</header>
  <main role="main">
<div class="container-divider"></div>
<div class="container">
  <div class="sub-nav">
    <nav aria-label="Current location"><ol class="breadcrumbs">
      <li title="Larkspur Payroll Help Center"><a href="/hc/en-us">Larkspur Payroll Help Center</a></li>
      <li title="Payroll"><a href="/hc/en-us/categories/360001122334-Payroll">Payroll</a></li>
      <li title="Payments and bank details"><a href="/hc/en-us/sections/360004455667-Payments-and-bank-details">Payments and bank details</a></li>
    </ol></nav>
    <div class="search-container">
      <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon" aria-hidden="true"><circle
 cx="4.5" cy="4.5" r="4"/></svg>
      <form role="search" class="search" data-search="" action="/hc/en-us/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8"
 value="&#x2713;"
        autocomplete="off" /><input type="search" name="query" id="query" placeholder="Search" autocomplete="off" aria-label="Search" /></form>
    </div>
  </div>
  <div class="article-container" id="article-container">
    <aside class="article-sidebar" aria-labelledby="section-articles-title">
        <div class="collapsible-sidebar">
          <button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false">
            <svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" focusable="false" viewBox="0 0 12 12" aria-hidden="true"><path
 d="M1 4l5 5 5-5"/></svg>
          </button>
          <h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2>
          <div class="collapsible-sidebar-body"><ul>
            <li><a href="/hc/en-us/articles/4405712391201" class="sidenav-item ">${zdSection[0]}</a></li>
            <li><a href="/hc/en-us/articles/4405712398345" class="sidenav-item current-article" aria-current="page">${zdTitle}</a></li>
            ${zdSection
              .slice(1)
              .map((t, i) => `<li><a href="/hc/en-us/articles/44057124${i}0512" class="sidenav-item ">${t}</a></li>`)
              .join('\n')}
            <li><a href="/hc/en-us/articles/4405712417720" class="sidenav-item ">${zdSection2[0]}</a></li>
          </ul><a href="/hc/en-us/sections/360004455667-Payments-and-bank-details" class="article-sidebar-item">See more</a></div>
        </div>
    </aside>
    <article id="main-content" class="article">
      <header class="article-header">
        <h1 title="${zdTitle}" class="article-title">
          ${zdTitle}
        </h1>
        <div class="article-author">
            <div class="avatar article-avatar"><img src="https://larkspurpayroll.zendesk.com/system/photos/1500/pn.png" alt="" class="user-avatar"/></div>
          <div class="article-meta">
              <a href="/hc/en-us/profiles/1904433218-Priya-Natarajan">Priya Natarajan</a>
            <ul class="meta-group">
                <li class="meta-data"><time datetime="2025-09-12T14:03:27Z" title="2025-09-12 14:03"
 data-datetime="relative">September 12, 2025 14:03</time></li>
                <li class="meta-data">Updated</li>
            </ul>
          </div>
        </div>
          <a class="article-subscribe button-secondary" title="Opens a sign-in dialog" rel="nofollow" role="button" data-auth-action="signin"
            aria-selected="false" href="/hc/en-us/articles/4405712398345/subscription.html">Follow</a>
      </header>
      <section class="article-info">
        <div class="article-content">
          <div class="article-body">${zdIntro.map((p) => `<p>${p}</p>`).join('')}
<h2 id="h_01J7ZK3M5Q8R">${zdH1}</h2>
<ul>${zdBefore.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="h_01J7ZK3M5Q8S">${zdH2}</h2>
<ol>${zdSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<p><img src="/hc/article_attachments/32115567802897" alt="Payment tab showing the Secondary account section" width="640" height="360"></p>
<p class="callout"><strong>Note:</strong>&nbsp;${zdNote}</p>
<h2 id="h_01J7ZK3M5Q8T">${zdH3}</h2>
${zdCalc.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="h_01J7ZK3M5Q8V">${zdH4}</h2>
<p>${zdRemove[0]}</p><p>&nbsp;</p><p>${zdRemove[1]}</p></div>
          <div class="article-attachments"><ul class="attachments"><li class="attachment-item">
            <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="attachment-icon"><path
 d="M8 2.5V8"/></svg>
            <a href="/hc/en-us/article_attachments/32115567811345" target="_blank" class="attachment-link">bank-details-consent-form.pdf</a>
            <div class="attachment-meta meta-group"><span class="attachment-meta-item meta-data">84 KB</span>
              <a href="/hc/en-us/article_attachments/32115567811345" class="attachment-meta-item meta-data" target="_blank">Download</a></div>
          </li></ul></div>
        </div>
      </section>
      <footer>
        <div class="article-footer">
            <div class="article-share"><ul class="share">
  <li><a href="https://www.facebook.com/share.php?title=Split&amp;u=https%3A%2F%2Fhelp.larkspurpayroll.example" class="share-facebook" aria-label="Facebook">
    <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" aria-labelledby="fb-4405712398345">
      <title id="fb-4405712398345">Facebook</title><path d="M6 0a6 6 0 01.813 11.945V7.63h1.552l.244-1.585H6.812v-.87"/></svg></a></li>
  <li><a href="https://twitter.com/share?lang=en&amp;text=Split" class="share-twitter" aria-label="X Corp">
    <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" aria-labelledby="x-4405712398345">
      <title id="x-4405712398345">X Corp</title><path d="M.0763 0h3.4316l2.6985 3.5883L9.4003 0h1.6818"/></svg></a></li>
  <li><a href="https://www.linkedin.com/shareArticle?mini=true&amp;source=Larkspur" class="share-linkedin" aria-label="LinkedIn">
    <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" aria-labelledby="li-4405712398345">
      <title id="li-4405712398345">LinkedIn</title><path d="M10.8 0A1.2 1.2 0 0112 1.2v9.6a1.2 1.2 0 01-1.2 1.2"/></svg></a></li>
</ul></div>
        </div>
          <div class="article-votes">
            <h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
            <div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
              <button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="This article was helpful"
                aria-pressed="false">Yes</button>
              <button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="This article was not helpful"
                aria-pressed="false">No</button>
            </div>
            <small class="article-votes-count"><span class="article-vote-label">12 out of 15 found this helpful</span></small>
          </div>
        <div class="article-more-questions">Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a></div>
        <div class="article-return-to-top"><a href="#article-container">Return to top<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"
          focusable="false" viewBox="0 0 12 12" class="article-return-to-top-icon" aria-hidden="true"><path d="M1 4l5 5 5-5"/></svg></a></div>
      </footer>
      <div class="article-relatives">
          <section class="recent-articles" aria-labelledby="recently-viewed-title"><h2 id="recently-viewed-title">Recently viewed articles</h2>
            <ul><li><a href="/hc/en-us/articles/4405711200019">${zdRelated[2]}</a></li></ul></section>
          <section class="related-articles" aria-labelledby="related-articles-title"><h2 class="related-articles-title"
 id="related-articles-title">Related articles</h2>
            <ul><li><a href="/hc/en-us/related/click?data=BAh7CjobZGVzdGluYXRpb25fYXJ0aWNsZV9pZGwrCA">${zdSection[0]}</a></li>
${links(zdRelated.slice(0, 2))}</ul></section>
      </div>
        <div class="article-comments" id="article-comments">
          <section class="comments">
            <header class="comment-overview"><h2 class="comment-heading">Comments</h2><p class="comment-callout">2 comments</p>
                <div class="dropdown comment-sorter"><button class="dropdown-toggle" aria-haspopup="true">Sort by</button>
                  <span class="dropdown-menu" role="menu"><a aria-selected="true" href="?sort_by=created_at" role="menuitem">Date</a>
                  <a aria-selected="false" href="?sort_by=votes" role="menuitem">Votes</a></span></div></header>
            <ul id="comments" class="comment-list">
                <li id="community_comment_27114230918801" class="comment"><div class="comment-wrapper">
                  <div class="comment-info"><div class="comment-author"><div class="avatar comment-avatar"><img src="/hc/user_images/dw.png" alt=""
 class="user-avatar"/></div>
                    <div class="comment-meta"><span title="Dana Whitcombe"><a href="/hc/en-us/profiles/28711990321-Dana-Whitcombe">Dana Whitcombe</a></span>
                      <ul class="meta-group"><li class="meta-data"><time datetime="2025-10-02T09:18:44Z" title="2025-10-02 09:18"
                        data-datetime="calendar">October 2, 2025 09:18</time></li></ul></div></div>
                    <section class="comment-body"><p>${zdComment1}</p></section></div>
                  <div class="comment-footer"><div class="comment-vote vote" role="group"><span class="vote-sum">1</span></div>
                    <div class="comment-actions-container"><button class="comment-actions" aria-label="Comment actions"><span
 class="visibility-hidden">Comment actions</span></button>
                    <a class="comment-permalink" href="#community_comment_27114230918801">Permalink</a></div></div></div></li>
                <li id="community_comment_27114468820113" class="comment"><div class="comment-wrapper">
                  <div class="comment-info"><div class="comment-author"><div class="avatar comment-avatar"><img src="/hc/user_images/pn.png" alt=""
 class="user-avatar"/></div>
                    <div class="comment-meta"><span title="Priya Natarajan"><a href="/hc/en-us/profiles/1904433218-Priya-Natarajan">Priya Natarajan</a></span>
                      <ul class="meta-group"><li class="meta-data"><time datetime="2025-10-03T11:40:09Z" title="2025-10-03 11:40"
                        data-datetime="calendar">October 3, 2025 11:40</time></li></ul></div></div>
                    <span class="comment-labels"><span class="status-label status-label-official">Official comment</span></span>
                    <section class="comment-body"><p>${zdComment2}</p></section></div>
                  <div class="comment-footer"><div class="comment-vote vote" role="group"><span class="vote-sum">0</span></div>
                    <a class="comment-permalink" href="#community_comment_27114468820113">Permalink</a></div></div></li>
            </ul>
            <p class="comment-callout">Please <a data-auth-action="signin" rel="nofollow" href="/hc/en-us/signin">sign in</a> to leave a comment.</p>
          </section>
        </div>
    </article>
  </div>
</div>
  </main>
<footer class="footer"><div class="footer-inner">
    <a title="Home" href="/hc/en-us">Larkspur Payroll</a>
    <div class="footer-language-selector"><div class="dropdown language-selector">
        <button class="dropdown-toggle" aria-haspopup="true">English (US)</button>
        <span class="dropdown-menu dropdown-menu-end" role="menu">
            <a href="/hc/change_language/de?return_to=%2Fhc%2Fde" dir="ltr" rel="nofollow" role="menuitem">Deutsch</a>
            <a href="/hc/change_language/fr?return_to=%2Fhc%2Ffr" dir="ltr" rel="nofollow" role="menuitem">Français</a>
        </span></div></div>
</div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner" tabindex="0">
  <div id="onetrust-policy"><h2 id="onetrust-policy-title">We value your privacy</h2><div id="onetrust-policy-text">We use cookies to make this help centre
    work and to understand how it is used. <a href="https://larkspurpayroll.example/cookies"
 aria-label="More information about your privacy">Cookie policy</a></div></div>
  <div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-reject-all-handler">Reject All</button>
    <button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div>
  <script type="text/javascript">
  /*

    Greetings sourcecode lurker!

    This is for internal Zendesk and legacy usage,
    we don't support or guarantee any of these values
    so please don't build stuff on top of them.

  */
  HelpCenter = {};
  HelpCenter.account = {"subdomain":"larkspurpayroll","environment":"production","name":"Larkspur Payroll"};
  HelpCenter.user = {"identifier":"da39a3ee5e6b4b0d3255bfef95601890afd80709","email":null,"name":"","role":"anonymous","is_admin":false,"organizations":[]};
  HelpCenter.internal = {"current_session":{"locale":"en-us","csrf_token":null},"current_record_id":"4405712398345","has_community_enabled":false};
  </script>
  <script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=5b1c8e2a-6f7d-4a93-b0e2-91c4d7a6f310"></script>
  <script src="//static.zdassets.com/hc/assets/moment-timezone-with-10-year-range-2f9a3c.js"></script>
</body>
</html>`;
const zendesk: TestPage = {
  html: zdHtml,
  name: 'heldout70-zendesk-guide-article',
  kind: 'docs',
  // the four h2 are the headings; the intro, both lists and the paragraphs are body, the note too ("Note:" in neither); the
  // title's second copy in the sidebar (the current article) is in neither list; the author's name and the updated time are
  // bylines ("Updated" in neither, as "By" is); the two reader comments are furniture, as on a blog, but their posters' names
  // and times are author and date lines: bylines ("Priya Natarajan" once); "Official comment", the vote sums, the attachment
  // with its size and "Download", the share icons' SVG titles, the helpful vote, the sidebar, recently viewed and related
  // articles, breadcrumbs, header, footer language picker and the cookie banner are furniture
  title: zdTitle,
  headings: [zdH1, zdH2, zdH3, zdH4],
  body: [...texts(zdIntro), ...texts(zdBefore), ...texts(zdSteps), zdNote, ...texts(zdCalc), ...texts(zdRemove)],
  bylines: ['Priya Natarajan', 'September 12, 2025 14:03', 'Dana Whitcombe', 'October 2, 2025 09:18', 'October 3, 2025 11:40'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', 'Larkspur Payroll Help Center', 'Payroll', 'Payments and bank details',
    'Articles in this section', ...zdSection, ...zdSection2, 'See more', 'Follow', 'bank-details-consent-form.pdf', '84 KB', 'Download',
    'Facebook', 'X Corp', 'LinkedIn', 'Was this article helpful?', 'Yes', 'No', '12 out of 15 found this helpful', 'Have more questions?',
    'Return to top', 'Recently viewed articles', 'Related articles', ...zdRelated, 'Comments', '2 comments', 'Sort by', 'Date', 'Votes',
    zdComment1, 'Comment actions', 'Permalink', 'Official comment', zdComment2, 'Please sign in to leave a comment.', 'Larkspur Payroll',
    'English (US)', 'Deutsch', 'Français', 'We value your privacy', 'We use cookies to make this help centre work and to understand how it is used.',
    'Cookie policy', 'Cookie Settings', 'Reject All', 'Accept All Cookies',
  ],
};

export const HELDOUT70_A: readonly TestPage[] = [zendesk, intercomArticle];
