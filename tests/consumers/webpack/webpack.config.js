// Nothing here is about cited-stats: webpack 5 copies the package's .wasm and dataset by itself
// (they are referenced as `new URL(…, import.meta.url)`).
import HtmlWebpackPlugin from "html-webpack-plugin";

export default {
  mode: "production",
  entry: "./src/main.js",
  output: { path: new URL("./dist", import.meta.url).pathname, clean: true },
  plugins: [new HtmlWebpackPlugin({ template: "./src/index.html", favicon: "./src/icon.svg" })],
};
