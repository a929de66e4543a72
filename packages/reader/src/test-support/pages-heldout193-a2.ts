import { links, ps, type TestPage, texts } from './page-kit.js';
import { uniq } from './pages-heldout193-kit.js';

/**
 * Held-out batch 193, file a2: a TutorialsPoint SQL tutorial chapter (the top bar with "Library", compilers and
 * login, the category menu, the left chapter list of the SQL tutorial, "Previous"/"Next"/"Print Page" buttons above and
 * "Previous Page"/"Next Page" below the chapter, "Advertisements" ad slots inside the text, the "Kickstart Your Career"
 * course box, the footer link columns and the cookie notice).
 */
const tpTitle = 'SQL - HAVING Clause';
const tpH = ['The SQL HAVING Clause', 'Syntax', 'Example', 'HAVING with ORDER BY', 'HAVING Compared with WHERE'];
const tpP1 = [
  'The SQL <b>HAVING</b> clause filters the groups produced by a <b>GROUP BY</b> clause. It works like the WHERE clause, but while ' +
    'WHERE tests individual rows before they are grouped, HAVING tests each group after the aggregate functions have been calculated.',
  'Because of this, the HAVING clause is the only place in a query where you can compare the result of an aggregate function such ' +
    'as COUNT(), SUM() or AVG() with a value.',
];
const tpP2 = ['Following is the basic syntax of the HAVING clause in a SELECT statement −'];
const tpP3 = [
  'The HAVING clause must follow the GROUP BY clause and must come before the ORDER BY clause, if one is used. The condition can ' +
    'refer to the grouping columns and to aggregate functions.',
];
const tpP4 = ['Assume we have created a table named ORDERS using the following query −'];
const tpP5 = ['Now, let us insert some records into the ORDERS table using the INSERT statement −'];
const tpP6 = ['The following query groups the orders by city and displays only those cities where the total order amount is more than 5000 −'];
const tpP7 = ['The output produced is as follows −'];
const tpP8 = [
  'Here, Lakemont has only one order of 2750, so its group fails the condition and is left out of the result, even though its row was read by the query.',
];
const tpP9 = [
  'We can sort the filtered groups using the ORDER BY clause. In the following query, we count the orders placed from each city, keep ' +
    'the cities with at least two orders and sort them by the number of orders in descending order −',
];
const tpP10 = ['On executing the above query, the output is displayed as follows −'];
const tpP11 = ['Although both clauses filter data, they are applied at different stages of the query −'];
const tpList = [
  'The WHERE clause is applied to each row before the rows are grouped. It cannot contain aggregate functions.',
  'The HAVING clause is applied to each group after grouping. It usually contains an aggregate function.',
  'A query can use both: WHERE removes unwanted rows first, and HAVING then removes unwanted groups.',
];
const tpP12 = ['Filtering rows with WHERE whenever possible is usually faster, because fewer rows need to be grouped and aggregated by the database.'];
const tpTop = ['Library', 'Articles', 'Online Compilers', 'Whiteboard', 'AI Assistant', 'Jobs', 'Tools', 'Corporate Training'];
const tpCats = ['Programming', 'Web Development', 'Databases', 'Data Science', 'DevOps', 'Mobile Development', 'Cloud Computing'];
const tpChapters = [
  'SQL - Home',
  'SQL - Overview',
  'SQL - RDBMS Concepts',
  'SQL - Databases',
  'SQL - Syntax',
  'SQL - Data Types',
  'SQL - Operators',
  'SQL - Select Query',
  'SQL - Order By Clause',
  'SQL - Group By Clause',
  'SQL - Distinct Keyword',
  'SQL - Sorting Results',
];
const tpSidebarHeads = ['SQL Tutorial', 'SQL Clauses And Operators'];
const tpCareer = ['Kickstart Your Career', 'Get certified by completing the course', 'Get Started'];
const tpFootHeads = ['TOP TUTORIALS', 'TRENDING TECHNOLOGIES', 'CERTIFICATIONS', 'COMPILERS & EDITORS'];
const tpFootTop = ['Python Tutorial', 'Java Tutorial', 'C++ Tutorial', 'HTML Tutorial', 'JavaScript Tutorial'];
const tpFootTrend = ['Cloud Computing Tutorial', 'Amazon Web Services Tutorial', 'Kubernetes Tutorial', 'Power BI Tutorial'];
const tpFootCert = ['Business Analytics Certification', 'Java & Spring Boot Advanced Certification', 'Data Science Advanced Certification'];
const tpFootComp = ['Online Python Compiler', 'Online Java Compiler', 'Online SQL Compiler', 'Online HTML Editor'];
const tpFootLinks = ['About us', 'Refund Policy', 'Terms of use', 'Privacy Policy', 'FAQ’s', 'Contact'];
const tpAbout = 'Tutorials Point is a leading Ed Tech company striving to provide the best learning material on technical and non-technical subjects.';
const tpCookie = 'We use cookies to provide and improve our services. By using our site, you consent to our Cookies Policy.';
const pre = (s: string): string => `<pre class="prettyprint notranslate">${s}</pre>`;
const adv = (id: string): string => `<div class="google-bottom-ads"><div class="adv-label">Advertisements</div>
<div id="${id}" class="adsbygoogle-box" data-ad-slot="${id}" style="min-height:280px"></div></div>`;
const navBtns = `<div class="button-bar button-bar-top"><a class="pre-btn" href="/sql/sql-group-by.htm"><i class="fa-solid fa-arrow-left"></i> Previous</a>
<a class="print-btn" href="javascript:printPage();"><i class="fa-solid fa-print"></i> Print Page</a>
<a class="nxt-btn" href="/sql/sql-distinct-keyword.htm">Next <i class="fa-solid fa-arrow-right"></i></a></div>`;
const tpHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>SQL - HAVING Clause</title>
<meta name="description" content="SQL - HAVING Clause - The SQL HAVING clause filters the groups produced by a GROUP BY clause.">
<meta name="keywords" content="SQL, HAVING, GROUP BY, aggregate functions, tutorial"><meta name="viewport" content="width=device-width,initial-scale=1.0">
<meta property="og:locale" content="en_US"><meta property="og:type" content="website"><meta property="og:title" content="SQL - HAVING Clause">
<link rel="canonical" href="https://www.tutorialspoint.com/sql/sql-having-clause.htm">
<link rel="stylesheet" href="/themes/css/style-min.css?v=3.2"><script src="/themes/js/jquery.min.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"SQL","item":"https://www.tutorialspoint.com/sql/index.htm"},{"@type":"ListItem","position":2,"name":"SQL - HAVING Clause"}]}</script>
<script async src="https://pagead2.googlesyndication.example/pagead/js/adsbygoogle.js?client=ca-pub-7133395778201029"></script></head>
<body><header class="header"><div class="header-wrapper"><div class="logo"><a href="https://www.tutorialspoint.com/index.htm" title="TutorialsPoint">
<img src="/images/logo.png" alt="TutorialsPoint"></a></div>
<div class="category-menu"><button class="category-btn" type="button" aria-expanded="false">Categories <i class="fa-solid fa-chevron-down"></i></button>
<ul class="categories-list">${links(tpCats, 'category-item')}</ul></div>
<nav class="top-menu" aria-label="main menu"><ul>${links(tpTop, 'nav-item')}</ul></nav>
<div class="search-box"><input type="text" id="search-strings" placeholder="Search your favorite tutorials..."></div>
<div class="login-box"><a class="btn btn-login" href="https://www.tutorialspoint.com/market/login.asp">Login</a>
<a class="btn btn-signup" href="https://www.tutorialspoint.com/market/signup.asp">Sign Up</a></div></div></header>
<div class="main-container"><aside class="sidebar" id="leftbar"><div class="sidebar-header">
<h2 class="sidebar-title">${tpSidebarHeads[0]}</h2></div><ul class="toc chapters">
${links(tpChapters.slice(0, 7), 'chapter')}
<li class="heading">${tpSidebarHeads[1]}</li>
${links(tpChapters.slice(7, 10), 'chapter')}
<li class="chapter current"><a href="/sql/sql-having-clause.htm">SQL - Having Clause</a></li>
${links(tpChapters.slice(10), 'chapter')}</ul></aside>
<main class="main-content" id="mainContent"><div class="tutorial-content">
<h1>${tpTitle}</h1>
${navBtns}
${adv('top-ad')}
<h2>${tpH[0]}</h2>
${ps(tpP1)}
<h3>${tpH[1]}</h3>
${ps(tpP2)}
${pre(`SELECT column1, column2, aggregate_function(column3)
FROM table_name
WHERE condition
GROUP BY column1, column2
HAVING condition
ORDER BY column1, column2;`)}
${ps(tpP3)}
<h3>${tpH[2]}</h3>
${ps(tpP4)}
${pre(`CREATE TABLE ORDERS (
   ID INT NOT NULL,
   CUSTOMER VARCHAR (20) NOT NULL,
   CITY VARCHAR (25),
   AMOUNT DECIMAL (18, 2),
   PRIMARY KEY (ID)
);`)}
${ps(tpP5)}
${pre(`INSERT INTO ORDERS VALUES
(1, 'Anwesha', 'Marlow Bay', 3200.00),
(2, 'Farid', 'Lakemont', 2750.00),
(3, 'Gitanjali', 'Marlow Bay', 2100.00),
(4, 'Hollis', 'Quarry Hill', 4100.00),
(5, 'Ilse', 'Quarry Hill', 1950.00);`)}
${adv('middle-ad')}
${ps(tpP6)}
${pre(`SELECT CITY, SUM(AMOUNT) AS TOTAL
FROM ORDERS
GROUP BY CITY
HAVING SUM(AMOUNT) &gt; 5000;`)}
<h4>Output</h4>
${ps(tpP7)}
${pre(`+-------------+---------+
| CITY        | TOTAL   |
+-------------+---------+
| Marlow Bay  | 5300.00 |
| Quarry Hill | 6050.00 |
+-------------+---------+`)}
${ps(tpP8)}
<h2>${tpH[3]}</h2>
${ps(tpP9)}
${pre(`SELECT CITY, COUNT(ID) AS ORDERS_PLACED
FROM ORDERS
GROUP BY CITY
HAVING COUNT(ID) &gt;= 2
ORDER BY ORDERS_PLACED DESC;`)}
<h4>Output</h4>
${ps(tpP10)}
${pre(`+-------------+---------------+
| CITY        | ORDERS_PLACED |
+-------------+---------------+
| Marlow Bay  |             2 |
| Quarry Hill |             2 |
+-------------+---------------+`)}
<h2>${tpH[4]}</h2>
${ps(tpP11)}
<ul class="list">${tpList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(tpP12)}
${adv('bottom-ad')}
<div class="button-bar button-bar-bottom"><a class="pre-btn" href="/sql/sql-group-by.htm">Previous Page</a>
<a class="print-btn" href="javascript:printPage();">Print Page</a><a class="nxt-btn" href="/sql/sql-distinct-keyword.htm">Next Page</a></div>
<div class="course-box"><div class="course-box-text"><h4>${tpCareer[0]}</h4><p>${tpCareer[1]}</p></div>
<a class="btn btn-course" href="https://www.tutorialspoint.com/certification/sql-certification/index.asp">${tpCareer[2]}</a></div>
</div></main></div>
<footer class="footer"><div class="footer-columns">
<div class="footer-column"><h4>${tpFootHeads[0]}</h4><ul>${links(tpFootTop)}</ul></div>
<div class="footer-column"><h4>${tpFootHeads[1]}</h4><ul>${links(tpFootTrend)}</ul></div>
<div class="footer-column"><h4>${tpFootHeads[2]}</h4><ul>${links(tpFootCert)}</ul></div>
<div class="footer-column"><h4>COMPILERS &amp; EDITORS</h4><ul>${links(tpFootComp)}</ul></div></div>
<div class="footer-bottom"><p class="footer-about">${tpAbout}</p><ul class="footer-links">${links(tpFootLinks)}</ul>
<p class="copyright">© Copyright 2025. All Rights Reserved.</p></div></footer>
<div id="cookie-consent" class="cookie-consent"><p>${tpCookie}</p><button class="btn-accept" onclick="acceptCookies()">Accept</button>
<a href="/about/about_cookies.htm">Learn more</a></div>
<script src="/themes/js/script-min.js?v=3.2"></script><script>(adsbygoogle = window.adsbygoogle || []).push({});</script>
</body></html>`;
export const tutorialsPoint: TestPage = {
  html: tpHtml,
  name: 'heldout193-tutorialspoint-tutorial',
  kind: 'docs',
  // the "Output" h4s above the result tables are headings, the code and output blocks are in neither list; the chapter
  // list's current entry repeats the title and is left out
  title: tpTitle,
  headings: [tpH[0], tpH[1], tpH[2], 'Output', tpH[3], 'Output', tpH[4]].map(String),
  body: texts([...tpP1, ...tpP2, ...tpP3, ...tpP4, ...tpP5, ...tpP6, ...tpP7, ...tpP8, ...tpP9, ...tpP10, ...tpP11, ...tpList, ...tpP12]),
  bylines: [],
  furniture: uniq([
    'Categories',
    ...tpCats,
    ...tpTop,
    'Login',
    'Sign Up',
    ...tpSidebarHeads,
    ...tpChapters,
    'Previous',
    'Print Page',
    'Next',
    'Advertisements',
    'Previous Page',
    'Next Page',
    ...tpCareer,
    ...tpFootHeads,
    ...tpFootTop,
    ...tpFootTrend,
    ...tpFootCert,
    ...tpFootComp,
    tpAbout,
    ...tpFootLinks,
    '© Copyright 2025. All Rights Reserved.',
    tpCookie,
    'Accept',
    'Learn more',
  ]),
};
