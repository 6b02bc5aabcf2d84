/**
 * Routing with views: `page.route`, `page.go()`, `page.onRouteChange`, `page.views` and
 * `page.onViewPop`. The browser's address bar, back and forward buttons follow along.
 */
import * as ft from "flet-ts";

export const title = "Routing";
export const description = "Views per route, page.go(), back and forward.";

const products = [
  { id: "1", name: "Espresso cup", price: 12 },
  { id: "2", name: "Pour-over kettle", price: 48 },
  { id: "3", name: "Burr grinder", price: 129 },
];

export function main(page: ft.Page): void {
  page.title = "Routing";

  const storeView = () =>
    new ft.View({
      route: "/store",
      appbar: new ft.AppBar({ title: new ft.Text("Store") }),
      controls: products.map(
        (product) =>
          new ft.ListTile({
            title: new ft.Text(product.name),
            subtitle: new ft.Text(`$${product.price}`),
            onClick: () => page.go(`/store/${product.id}`),
          }),
      ),
    });

  const productView = (id: string) => {
    const product = products.find((p) => p.id === id);
    return new ft.View({
      route: `/store/${id}`,
      appbar: new ft.AppBar({ title: new ft.Text(product?.name ?? "Not found") }),
      controls: [
        new ft.Text(product ? `Price: $${product.price}` : `No product ${id}.`, { size: 20 }),
        new ft.ElevatedButton("Back to the store", { onClick: () => page.go("/store") }),
      ],
    });
  };

  page.onRouteChange = (e) => {
    const views: ft.View[] = [
      new ft.View({
        route: "/",
        appbar: new ft.AppBar({ title: new ft.Text("Home") }),
        controls: [new ft.ElevatedButton("Visit the store", { onClick: () => page.go("/store") })],
      }),
    ];
    const path = e.route.split("?")[0] ?? "/";
    if (path.startsWith("/store")) views.push(storeView());
    const match = /^\/store\/([^/]+)$/.exec(path);
    if (match) views.push(productView(match[1]!));
    page.views = views;
  };

  page.onViewPop = () => {
    page.views.pop();
    page.go(page.views.at(-1)?.route ?? "/");
  };

  page.go(page.route ?? "/");
}
