using FabMob.Bench.Ceiling;

// Usage: dotnet FabMob.Bench.Ceiling.dll --root DIR --urls http://127.0.0.1:PORT
// Answers GET /a/b with DIR/a/b/index.html (or DIR/a/b), its .br or .gz copy when the request's
// Accept-Encoding names br or gzip: the least ASP.NET Core can do to serve a file, as the ceiling the
// site's own request path is compared with.
var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = args });
builder.WebHost.UseKestrelCore();
var root = builder.Configuration["root"] ?? throw new InvalidOperationException("--root DIR is required");
var files = new StaticFileSet(root);
var app = builder.Build();
app.Run(files.ServeAsync);
app.Run();
