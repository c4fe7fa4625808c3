/** What `/` shows when the console has not been built: how to build it, in both languages. */
export const CONSOLE_NOT_BUILT_PAGE = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>控制台尚未构建 / Console not built</title></head>
<body>
<main>
<h1>控制台尚未构建</h1>
<p>请在项目目录运行 <code>npm run build</code>（<code>npm start</code> 会先自动构建），然后刷新本页。</p>
<h1 lang="en">The console has not been built</h1>
<p lang="en">Run <code>npm run build</code> in the project folder (<code>npm start</code> builds it first), then reload this page.</p>
<p>API: <a href="/docs">/docs</a> · <a href="/health">/health</a></p>
</main>
</body>
</html>
`;
