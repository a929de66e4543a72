/**
 * Held-out batch 99, file a3: the Pygments-highlighted code blocks of the Django pagination page in file a2 (kept here so
 * that file stays short).
 */
export const djCodeShell = `<div class="highlight-default notranslate"><div class="highlight"><pre><span></span><span
class="gp">&gt;&gt;&gt; </span><span class="kn">from</span> <span
class="nn">django.core.paginator</span> <span class="kn">import</span> <span class="n">Paginator</span>
<span class="gp">&gt;&gt;&gt; </span><span class="n">objects</span> <span class="o">=</span> <span class="p">[</span><span
class="s1">'Arnhaven'</span>, <span class="s1">'Brisk'</span>, <span class="s1">'Coldwater'</span>, <span class="s1">'Dunmere'</span>, <span
class="s1">'Elm Quay'</span>, <span class="s1">'Fenby'</span><span class="p">]</span>
<span class="gp">&gt;&gt;&gt; </span><span class="n">p</span> <span class="o">=</span> <span class="n">Paginator</span><span class="p">(</span><span
class="n">objects</span><span class="p">,</span> <span class="mi">2</span><span class="p">)</span>
<span class="gp">&gt;&gt;&gt; </span><span class="n">p</span><span class="o">.</span><span class="n">num_pages</span>
<span class="go">3</span>
</pre></div></div>`;
export const djCodeView = `<div class="highlight-python notranslate"><div class="highlight"><pre><span></span><span class="kn">from</span> <span
class="nn">django.core.paginator</span> <span class="kn">import</span> <span class="n">Paginator</span>
<span class="kn">from</span> <span class="nn">django.shortcuts</span> <span class="kn">import</span> <span class="n">render</span>

<span class="k">def</span> <span class="nf">listing</span><span class="p">(</span><span class="n">request</span><span class="p">):</span>
    <span class="n">tide_list</span> <span class="o">=</span> <span class="n">Tide</span><span class="o">.</span><span class="n">objects</span><span
class="o">.</span><span class="n">order_by</span><span class="p">(</span><span class="s1">'-recorded'</span><span class="p">)</span>
    <span class="n">paginator</span> <span class="o">=</span> <span class="n">Paginator</span><span class="p">(</span><span class="n">tide_list</span><span
class="p">,</span> <span class="mi">25</span><span class="p">)</span>
    <span class="n">page</span> <span class="o">=</span> <span class="n">request</span><span class="o">.</span><span class="n">GET</span><span
class="o">.</span><span class="n">get</span><span class="p">(</span><span class="s1">'page'</span><span class="p">)</span>
    <span class="n">tides</span> <span class="o">=</span> <span class="n">paginator</span><span class="o">.</span><span class="n">get_page</span><span
class="p">(</span><span class="n">page</span><span class="p">)</span>
    <span class="k">return</span> <span class="n">render</span><span class="p">(</span><span class="n">request</span><span class="p">,</span> <span
class="s1">'list.html'</span><span class="p">,</span> <span class="p">{</span><span class="s1">'tides'</span><span class="p">:</span> <span
class="n">tides</span><span class="p">})</span>
</pre></div></div>`;
export const djCodeListView = `<div class="highlight-python notranslate"><div class="highlight"><pre><span></span><span class="k">class</span> <span
class="nc">TideListView</span><span
class="p">(</span><span class="n">ListView</span><span class="p">):</span>
    <span class="n">paginate_by</span> <span class="o">=</span> <span class="mi">25</span>
    <span class="n">model</span> <span class="o">=</span> <span class="n">Tide</span>
</pre></div></div>`;
