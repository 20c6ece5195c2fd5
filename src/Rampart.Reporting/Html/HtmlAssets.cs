namespace Rampart.Reporting.Html;

/// <summary>The inline stylesheet and filter script of the HTML report (no external assets).</summary>
internal static class HtmlAssets
{
    public const string Style = """
        body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1rem 2rem;color:#1f2328;background:#fff}
        h1{margin:.2rem 0}h2{font-size:1rem;margin:.2rem 0}
        .meta{color:#59636e;font-size:.85rem}
        .gate{font-weight:700;padding:.4rem .8rem;border-radius:6px;display:inline-block}
        .gate.passed{background:#dafbe1;color:#116329}.gate.failed{background:#ffebe9;color:#a40e26}
        .sev{display:inline-block;min-width:4.5rem;text-align:center;border-radius:4px;padding:0 .4rem;color:#fff;font-size:.8rem;text-transform:uppercase}
        .sev.critical{background:#8b0000}.sev.high{background:#cf222e}.sev.medium{background:#bf8700}.sev.low{background:#0969da}.sev.info{background:#6e7781}
        table.summary{border-collapse:collapse;margin:1rem 0}table.summary td,table.summary th{border:1px solid #d0d7de;padding:.2rem .8rem}
        fieldset{display:inline-block;border:1px solid #d0d7de;border-radius:6px;margin:0 .5rem .5rem 0}
        article.finding{border:1px solid #d0d7de;border-radius:6px;padding:.6rem 1rem;margin:.8rem 0}
        pre{background:#f6f8fa;padding:.5rem;overflow-x:auto;font-size:.85rem}mark{background:#fff8c5}
        code{font-size:.85rem}.warning{color:#9a6700}
        """;

    public const string Script = """
        (function(){
          var form=document.getElementById('filters');
          function apply(){
            var on=function(name){return Array.prototype.filter.call(form.querySelectorAll('input[name='+name+']'),function(i){return i.checked}).map(function(i){return i.value})};
            var sev=on('severity'),fam=on('family'),shown=0;
            document.querySelectorAll('article.finding').forEach(function(a){
              var visible=sev.indexOf(a.dataset.severity)>=0&&fam.indexOf(a.dataset.family)>=0;
              a.hidden=!visible;if(visible)shown++;
            });
            document.getElementById('empty').hidden=shown>0;
          }
          form.addEventListener('change',apply);apply();
        })();
        """;
}
