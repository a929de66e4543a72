import { type TestPage, texts } from './page-kit.js';
import { terraformDocs } from './pages-heldout138-c2.js';

/**
 * Held-out batch 138, file c: an Oracle Java Tutorials page on docs.oracle.com (the noscript line, the hidden
 * "Documentation" h1, the TopBar links, the print-only trail/lesson headers, the left table of contents, breadcrumbs, the
 * « Previous • Trail • Next » bars above and below, the notice that the tutorials were written for JDK 8, code blocks, the
 * footer feedback lines, Oracle's footer links and copyright, the print-only previous/next page lines and the cookie
 * consent bar) and, from file c2, a HashiCorp Terraform documentation page.
 */
const jTitle = 'Scheduled Executors';
const jP1 = [
  'The executors described in the previous section run a task as soon as a thread is free to take it. Many programs also need ' +
    'work that happens later, or again and again: flushing a cache every minute, retrying a failed upload after a pause, or ' +
    'checking a remote server for new data. The <code>java.util.concurrent</code> package supports these through the ' +
    '<a class="APILink" href="https://docs.oracle.com/javase/8/docs/api/java/util/concurrent/ScheduledExecutorService.html">' +
    '<code>ScheduledExecutorService</code></a> interface.',
  'A <code>ScheduledExecutorService</code> is an <code>ExecutorService</code> that can also delay a task or repeat it. You obtain ' +
    'one from a factory method in the <code>Executors</code> class:',
];
const jP2 = [
  'The argument is the number of threads in the pool. For most programs one or two threads are enough, because scheduled tasks ' +
    'are usually short. If a task can block for a long time, give it an executor of its own so that it does not hold up the others.',
];
const jH1 = 'Running a Task Once After a Delay';
const jP3 = [
  'The <code>schedule</code> method runs a <code>Runnable</code> or <code>Callable</code> a single time, after the delay you give. ' +
    'It returns a <code>ScheduledFuture</code>, which you can use to cancel the task before it starts or to wait for its result:',
];
const jP4 = [
  'The delay is measured from the moment <code>schedule</code> is called. The time unit is passed separately, so the same method ' +
    'works for milliseconds, seconds or hours.',
];
const jH2 = 'Running a Task Repeatedly';
const jP5 = ['There are two methods for repeating tasks, and the difference between them matters once a task takes a noticeable time to run.'];
const jList = [
  '<code>scheduleAtFixedRate</code> starts each run at a fixed interval counted from the first one. If a run takes longer than ' +
    'the interval, the next run starts late, but two runs never overlap.',
  '<code>scheduleWithFixedDelay</code> waits for the given delay after each run finishes before it starts the next one. The time ' +
    'between the starts of two runs is the delay plus however long the task took.',
];
const jP6 = [
  'Choose a fixed rate when the task should line up with the clock, such as sampling a sensor once a second. Choose a fixed delay ' +
    'when the task should rest between runs, such as polling a server that may be slow to respond.',
];
const jP7 = [
  'A repeating task runs until the executor is shut down or its future is cancelled. If one run throws an exception, the executor ' +
    'silently cancels all the later runs, so it is a good idea to catch exceptions inside the task and log them yourself.',
];
const jH3 = 'Shutting Down';
const jP8 = [
  'The threads in a scheduled executor are not daemon threads, so a program that forgets to shut its executor down will not exit. ' +
    'Call <code>shutdown</code> when the program has finished its work. By default, delayed tasks that have not yet started still ' +
    'run after <code>shutdown</code>, while periodic tasks stop. The setter methods of <code>ScheduledThreadPoolExecutor</code> let ' +
    'you change both behaviours.',
];
const jBanner =
  'The Java Tutorials were written for JDK 8. The examples and practices on this page do not use improvements made in later ' +
  'releases and may rely on technology that is no longer available. See Java Language Changes for a summary of what changed in ' +
  'Java SE 9 and later, and the JDK Release Notes for new, changed and removed features in every release.';
const jTop = ['Download Ebooks', 'Download JDK', 'Search Java Tutorials', 'Hide TOC'];
const jPrint = ['Trail: Essential Java Classes', 'Lesson: Concurrency', 'Section: High Level Concurrency Objects', 'Subsection: Executors'];
const jToc: [string, string][] = [
  ['LESSON', 'Concurrency'],
  ['AHEAD', 'Processes and Threads'],
  ['AHEAD', 'Thread Objects'],
  ['BHEAD', 'Defining and Starting a Thread'],
  ['BHEAD', 'Pausing Execution with Sleep'],
  ['BHEAD', 'Interrupts'],
  ['BHEAD', 'Joins'],
  ['AHEAD', 'Synchronization'],
  ['BHEAD', 'Thread Interference'],
  ['BHEAD', 'Memory Consistency Errors'],
  ['AHEAD', 'Liveness'],
  ['AHEAD', 'Guarded Blocks'],
  ['AHEAD', 'Immutable Objects'],
  ['AHEAD', 'High Level Concurrency Objects'],
  ['BHEAD', 'Lock Objects'],
  ['BHEAD', 'Executors'],
  ['CHEAD', 'Executor Interfaces'],
  ['CHEAD', 'Thread Pools'],
  ['CHEAD', '@@'],
  ['CHEAD', 'Fork/Join'],
  ['BHEAD', 'Concurrent Collections'],
  ['BHEAD', 'Atomic Variables'],
  ['AHEAD', 'For Further Reading'],
  ['AHEAD', 'Questions and Exercises: Concurrency'],
];
const jCrumbs = ['Home Page', 'Essential Java Classes'];
const jFeedback = ['Problems with the examples? Try Compiling and Running the Examples: FAQs.', 'Complaints? Compliments? Suggestions? Give us your feedback.'];
const jFoot = ['About Oracle', 'Contact Us', 'Legal Notices', 'Terms of Use', 'Your Privacy Rights'];
const jCopy = 'Copyright © 1995, 2024 Oracle and/or its affiliates. All rights reserved.';
const jCookie = 'This site uses cookies and similar technologies to remember your preferences, measure how the site is used and support our ' + 'marketing.';
const jNavBit = `<div class="NavBit"><a target="_top" href="pools.html">«&nbsp;Previous</a>&nbsp;•&nbsp;<a target="_top"
href="../TOC.html">Trail</a>&nbsp;•&nbsp;<a
target="_top" href="forkjoin.html">Next&nbsp;»</a></div>`;
const jCode = (code: string): string => `<div class="codeblock"><pre>\n${code}\n</pre></div>`;
const jPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const jHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="en"><head><title>Scheduled Executors (The Java™ Tutorials &gt; Essential Java Classes &gt; Concurrency)</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="description" content="This beginner Java tutorial describes fundamentals of programming in the Java programming language" />
<meta name="keywords" content="java programming, learn java, java sample code, java scheduled executor, concurrency" />
<style type="text/css">.FigureCaption { margin-left: 1in; margin-right: 1in; font-family: Arial, Helvetica, sans-serif; font-size: 8pt; text-align: center
}</style>
<script type="text/javascript" src="../../pagehelpers/tutorials-common.js"></script><script type="text/javascript" src="../../pagehelpers/jquery.js"></script>
<link rel="stylesheet" type="text/css" href="../../css/default.css" /><link rel="stylesheet" type="text/css" href="../../css/tutorial.css" />
<script type="text/javascript" src="https://www.oracle.com/assets/truste-oraclelib.js"></script>
<script type="text/javascript">var s_account = "oracledevall"; var s_pageName = "tutorial:essential:concurrency:scheduled";</script></head>
<body><noscript>A browser with JavaScript enabled is required for this page to operate properly.</noscript><h1 class="hidden">Documentation</h1>
<div id="TopBar"><div id="TopBar_tr"><div id="TopBar_tl"><div id="TopBar_br"><div id="TopBar_bl"><div id="TopBar_right">
<a target="_blank" href="https://www.oracle.com/java/technologies/javase/javase-tutorial-downloads.html">${jTop[0]}</a><br />
<a target="_blank" href="https://www.oracle.com/java/technologies/downloads/">${jTop[1]}</a><br />
<a href="../../search.html" target="_blank">${jTop[2]}</a><br /><a href="javascript:toggleLeft()" id="ToggleLeft">${jTop[3]}</a></div>
<div id="TopBar_left"><a href="../../index.html" title="The Java Tutorials">The Java™ Tutorials</a></div></div></div></div></div></div>
<div class="PrintHeaders">${jPrint.map((t) => `<b>${t.split(': ')[0]}:</b> ${t.split(': ')[1]}`).join('<br />\n')}</div>
<div id="LeftBar" class="LeftBar_shown"><div id="Logo"><img src="../../images/java_coffee_cup_logo.png" alt="The Java Tutorials" width="30" height="50" /></div>
<div id="Contents">
${jToc.map(([c, t]) => (t === '@@' ? `<div class="nolink${c}">${jTitle}</div>` : `<div class="link${c}"><a href="${t.length}.html">${t}</a></div>`)).join('\n')}
</div></div>
<div id="MainFlow" class="MainFlow_indented"><span id="BreadCrumbs"><a href="../../index.html" target="_top">Home Page</a> &gt;
<a href="../index.html" target="_top">Essential Java Classes</a> &gt; <a href="index.html" target="_top">Concurrency</a></span>
${jNavBit}
<div id="JDK8Note" class="jdk8-note"><p>${jBanner}</p></div>
<div id="PageTitle"><h1>${jTitle}</h1></div><div id="PageContent">
${jPs(jP1)}
${jCode('ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);')}
${jPs(jP2)}
<h2>${jH1}</h2>
${jPs(jP3)}
${jCode('ScheduledFuture&lt;String&gt; reminder =\n    scheduler.schedule(() -&gt; "Time to save your work", 10, TimeUnit.MINUTES);')}
${jPs(jP4)}
<h2>${jH2}</h2>
${jPs(jP5)}
<ul>${jList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${jPs(jP6)}
${jCode('scheduler.scheduleWithFixedDelay(new FeedPoller(), 0, 30, TimeUnit.SECONDS);\nscheduler.scheduleAtFixedRate(sensor::sample, 0, 1, TimeUnit.SECONDS);')}
${jPs(jP7)}
<h2>${jH3}</h2>
${jPs(jP8)}
</div>${jNavBit}</div>
<div id="Footer"><div class="footertext"><p>${jFeedback[0]!.replace('FAQs', '<a href="../../information/run-examples.html">FAQs</a>')}<br />
${jFeedback[1]!.replace('Give us your feedback', '<a href="../../feedback.html">Give us your feedback</a>')}</p></div>
<p class="footertext">${jFoot.map((t) => `<a href="https://www.oracle.com/${t.length}">${t}</a>`).join(' | ')}</p>
<p class="footertext">${jCopy}</p><div id="teconsent"><a href="#" role="link">Cookie Preferences</a></div></div>
<div class="PrintHeaders"><b>Previous page:</b> Thread Pools<br /><b>Next page:</b> Fork/Join</div>
<div id="consent_blackbar"><div id="truste-consent-track" class="truste-banner" role="alertdialog" aria-label="Cookie consent"><div id="truste-consent-content">
<div id="truste-consent-text">${jCookie}</div><div id="truste-consent-buttons"><button id="truste-consent-button" type="button">Accept all</button>
<button id="truste-consent-required" type="button">Deny all</button><button id="truste-show-consent" type="button">Cookie Preferences</button></div>
</div></div></div>
<script type="text/javascript">var s_code = s.t(); if (s_code) document.write(s_code);</script></body></html>`;
const javaTutorial: TestPage = {
  html: jHtml,
  name: 'heldout138-oracle-java-tutorial-docs',
  kind: 'docs',
  // the JDK 8 notice above the title is furniture; the print-only headers are hidden furniture; code blocks are in neither
  // list; the left table of contents entry that repeats the title is left out
  title: jTitle,
  headings: [jH1, jH2, jH3],
  body: texts([...jP1, ...jP2, ...jP3, ...jP4, ...jP5, ...jList, ...jP6, ...jP7, ...jP8]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'A browser with JavaScript enabled is required for this page to operate properly.', 'Documentation', ...jTop, 'The Java™ Tutorials', ...jPrint,
    ...jToc.map(([, t]) => t).filter((t) => t !== '@@'), ...jCrumbs, '« Previous', 'Trail', 'Next »', jBanner, ...jFeedback, ...jFoot, jCopy,
    'Cookie Preferences', 'Previous page: Thread Pools', 'Next page: Fork/Join', jCookie, 'Accept all', 'Deny all',
  ],
};

export const HELDOUT138_C: readonly TestPage[] = [javaTutorial, terraformDocs];
