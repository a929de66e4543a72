import { links, ps, type TestPage, texts } from './page-kit.js';
import { programiz } from './pages-heldout390-d2.js';
import { j } from './pages-heldout390-kit.js';

/**
 * Held-out batch 390, file d: a TutorialsPoint-style tutorial chapter (top menu, left chapter list, "Previous" / "Next"
 * buttons above and below, "Print Page" and "Advertisements" slots, a syntax block, example with "Output", a comparison
 * table, the "Useful Resources" list, "TOP TUTORIALS" / "TRENDING TECHNOLOGIES" footer columns) and, from file d2, a
 * Programiz-style example page.
 */
const tTitle = 'Go - Goroutines';
const tH = ['What is a Goroutine?', 'Syntax', 'Example', 'Waiting for Goroutines to Finish', 'Goroutines vs Threads', 'Key Points'];
const t1 = [
  j(
    'A <b>goroutine</b> is a function that runs concurrently with other functions in the same address space. Goroutines are managed',
    'by the Go runtime rather than by the operating system, which makes them much cheaper to create than threads.',
  ),
  j(
    'A program starts with one goroutine, the one that runs <b>main()</b>. Every other goroutine is started explicitly with the',
    '<b>go</b> keyword placed in front of a function call.',
  ),
  j(
    'The runtime multiplexes goroutines onto a small pool of operating system threads. When a goroutine blocks on a channel or a',
    'system call, the scheduler parks it and runs another one on the same thread, so a program rarely needs to think about threads.',
  ),
];
const t2 = ['Following is the syntax to start a goroutine −'];
const t3 = [
  'In the following example, the function <b>count()</b> is started as a goroutine while main() keeps running −',
  'When the above code is compiled and executed, it produces the following result. The order of the lines may differ between runs −',
];
const t4 = [
  j(
    'In the example above, main() sleeps so that the goroutine has time to print. Sleeping is unreliable, because the program',
    'cannot know how long the work will take. The <b>sync.WaitGroup</b> type solves this. Its three methods are −',
  ),
];
const t4list = [
  '<b>Add(n)</b> − increases the counter by n before goroutines are started.',
  '<b>Done()</b> − decreases the counter by one when a goroutine finishes.',
  '<b>Wait()</b> − blocks until the counter returns to zero.',
];
const t5 = ['The following table compares goroutines with operating system threads −'];
const t5cells = [
  'Initial stack size',
  'About 2 KB, grows as needed',
  'Usually 1 MB or more, fixed',
  'Scheduled by',
  'The Go runtime',
  'The operating system kernel',
  'Creation cost',
  'Very low',
  'Comparatively high',
];
const t6list = [
  'A goroutine is started with the go keyword followed by a function call.',
  'When main() returns, the program ends, even if other goroutines are still running.',
  'Use sync.WaitGroup or channels to wait for goroutines instead of time.Sleep().',
  'Thousands of goroutines can run in a single program without exhausting memory.',
];
const tTop = ['Home', 'Library', 'Articles', 'Coding Ground', 'Jobs', 'Whiteboard', 'Tools', 'Login'];
const tLeft = [
  'Go Tutorial',
  'Go - Home',
  'Go - Overview',
  'Go - Environment Setup',
  'Go - Functions',
  'Go - Channels',
  'Go - Select Statement',
  'Go - Error Handling',
];
const tRes = ['Go - Questions and Answers', 'Go - Quick Guide', 'Go - Useful Resources', 'Go - Discussion'];
const tFoot1 = ['Python Tutorial', 'Java Tutorial', 'C++ Tutorial', 'HTML Tutorial', 'SQL Tutorial'];
const tFoot2 = ['Machine Learning', 'Cloud Computing', 'Cyber Security', 'Data Science'];
const tFoot3 = ['About Us', 'Refund Policy', 'Terms of use', 'Privacy Policy', "FAQ's", 'Contact'];
const prevNext = `<div class="button-borders mui-clearfix"><div class="mui--pull-left"><a class="pre-btn" href="/go/go_interfaces.htm">Previous</a></div>
<div class="mui--pull-right"><a class="nxt-btn" href="/go/go_channels.htm">Next</a></div></div>`;
const tAd = '<div class="google-bottom-ads"><div class="adv-label">Advertisements</div><div id="google-bottom-ads"></div></div>';
const tHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${tTitle}</title>
<meta name="description" content="Go - Goroutines - A goroutine is a function that runs concurrently with other functions in the same address space.">
<meta name="keywords" content="Go, Golang, Goroutines, WaitGroup, concurrency"><meta property="og:site_name" content="TutorialsHarbor">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Go Tutorial"},{"@type":"ListItem","position":2,"name":"Go - Goroutines"}]}</script>
<link rel="stylesheet" href="/themes/style/style-min.css?v=1.3"><script>var pageId="go_goroutines";</script></head>
<body><header class="header"><div class="mui-container-fluid"><a class="logo" href="/index.htm" title="TutorialsHarbor">TutorialsHarbor</a>
<nav class="main-nav"><ul>${links(tTop, 'nav-item')}</ul></nav></div></header>
<div class="mui-container-fluid content"><aside class="sidebar" id="sidebar"><div class="tut-list"><ul class="toc chapters">${links(tLeft, 'chapter')}</ul>
</div></aside><main class="data-content"><div class="mini-logo"><span class="print-page"><a href="javascript:printPage();">Print Page</a></span></div>
<div class="tutorial-content" id="mainContent">${prevNext}
<h1>${tTitle}</h1>
<h2>${tH[0]}</h2>${ps(t1)}
<h2>${tH[1]}</h2>${ps(t2)}<pre class="prettyprint notranslate">go functionName(arguments)</pre>
<h2>${tH[2]}</h2>${ps(t3.slice(0, 1))}
<pre class="prettyprint notranslate tryit">package main\n\nimport (\n   "fmt"\n   "time"\n)\n\nfunc count(name string) {\n   for i := 1; i &lt;= 3; i++ {\n
      fmt.Println(name, i)\n   }\n}</pre>
<div class="execute"><a href="/go/try_go.php" class="demo" target="_blank">Live Demo</a></div>
${tAd}
<h3>Output</h3>${ps(t3.slice(1))}<pre class="result notranslate">worker 1\nworker 2\nworker 3</pre>
<h2>${tH[3]}</h2>${ps(t4)}<ul class="list">${t4list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${tH[4]}</h2>${ps(t5)}
<table class="table table-bordered"><tr><th>Feature</th><th>Goroutine</th><th>OS Thread</th></tr>
<tr><td>${t5cells[0]}</td><td>${t5cells[1]}</td><td>${t5cells[2]}</td></tr><tr><td>${t5cells[3]}</td><td>${t5cells[4]}</td><td>${t5cells[5]}</td></tr>
<tr><td>${t5cells[6]}</td><td>${t5cells[7]}</td><td>${t5cells[8]}</td></tr></table>
<h2>${tH[5]}</h2><ul class="list">${t6list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${prevNext}${tAd}
<div class="useful-resources"><h4>Useful Resources</h4><ul>${links(tRes, 'resource')}</ul></div></div></main></div>
<footer class="footer"><div class="mui-container-fluid"><div class="footer-col"><h4>TOP TUTORIALS</h4><ul>${links(tFoot1)}</ul></div>
<div class="footer-col"><h4>TRENDING TECHNOLOGIES</h4><ul>${links(tFoot2)}</ul></div>
<div class="footer-col"><ul>${links(tFoot3)}</ul></div>
<p class="copyright">© Copyright 2026. All Rights Reserved.</p></div></footer>
<div id="privacy-banner" class="privacy-banner"><p>We make use of First and third party cookies to improve our user experience. By using this website, you
agree with our Cookies Policy.</p><a class="privacy-btn" href="#">Agree</a><a class="privacy-btn" href="/about/about_cookies.htm">Learn more</a></div>
<script src="/themes/js/script-min.js?v=1.3"></script></body></html>`;
const tutorialsPoint: TestPage = {
  name: 'heldout390-tutorialspoint-docs',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tH,
  body: texts([...t1, ...t2, ...t3, ...t4, ...t4list, ...t5, ...t5cells, ...t6list]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'TutorialsHarbor', ...tTop, ...tLeft, 'Print Page', 'Previous', 'Next', 'Live Demo', 'Advertisements', 'Useful Resources', ...tRes, 'TOP TUTORIALS',
    ...tFoot1, 'TRENDING TECHNOLOGIES', ...tFoot2, ...tFoot3, '© Copyright 2026. All Rights Reserved.',
    'We make use of First and third party cookies to improve our user experience. By using this website, you agree with our Cookies Policy.', 'Agree',
    'Learn more',
  ],
};

export const HELDOUT390_D: readonly TestPage[] = [tutorialsPoint, programiz];
