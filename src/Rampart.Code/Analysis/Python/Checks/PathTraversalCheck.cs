namespace Rampart.Code.Analysis.Python.Checks;

/// <summary>
/// RMP-C023: request data in a path that is opened, sent, deleted, copied or saved to:
/// <c>open()</c>, <c>send_file</c>, <c>FileResponse</c>, <c>os.remove</c>, <c>shutil.*</c>,
/// <c>Path(...).read_text()</c>, <c>upload.save(path)</c>. <c>send_from_directory</c>,
/// <c>os.path.basename</c>, <c>secure_filename</c>, <c>safe_join</c> and a checked
/// <c>realpath(...).startswith(BASE)</c> keep the path inside its folder.
/// </summary>
internal sealed class PathTraversalCheck : IPythonCheck
{
    private static readonly HashSet<string> FirstArgument =
    [
        "open", "io.open", "codecs.open", "os.open", "aiofiles.open", "flask.send_file", "send_file", "os.remove", "os.unlink", "os.rmdir",
        "os.removedirs", "os.listdir", "os.scandir", "os.makedirs", "os.mkdir", "shutil.rmtree", "shutil.copy", "shutil.copyfile", "shutil.copy2",
        "shutil.copytree", "shutil.move", "os.rename", "os.replace", "tarfile.open", "zipfile.ZipFile",
    ];

    private static readonly HashSet<string> PathMethods = ["read_text", "read_bytes", "write_text", "write_bytes", "open", "unlink", "rmdir", "touch", "iterdir"];

    public void VisitCall(PyCallSite call, PyFlow flow)
    {
        var canonical = PyNames.Canonical(flow.File.Module, call.Callee);
        PyTaint? taint = null;
        if (FirstArgument.Contains(canonical) || canonical.EndsWith("responses.FileResponse", StringComparison.Ordinal) || canonical.EndsWith("http.FileResponse", StringComparison.Ordinal) || canonical == "FileResponse")
        {
            taint = flow.Taint(call.Arg(0, "path") ?? call.Keyword("file") ?? call.Keyword("filename_or_fp") ?? call.Keyword("path_or_file"))
                ?? (canonical is "shutil.copy" or "shutil.copyfile" or "shutil.copy2" or "shutil.move" or "os.rename" or "os.replace" ? flow.Taint(call.Arg(1)) : null);
        }
        else if (call.ReceiverEnd > 0 && PathMethods.Contains(call.LastName))
        {
            // Path(user_path).read_text(), (BASE / name).unlink()
            taint = flow.Taint(call.CalleeStart, call.ReceiverEnd);
        }
        else if (call.LastName == "save" && call.ReceiverEnd > 0 && flow.Taint(call.CalleeStart, call.ReceiverEnd) is not null)
        {
            // An uploaded file (request.files["f"]) saved under a name taken from the request.
            taint = flow.Taint(call.Arg(0, "dst"));
        }

        if (taint is null)
        {
            return;
        }

        flow.File.Report(CodeRules.PathTraversal, call.Line, $"{taint.Display} is used in the file path given to `{call.Callee}(...)`", call.Callee, taint.Source, flow.Text(call.CalleeStart, call.Close + 1));
    }
}
