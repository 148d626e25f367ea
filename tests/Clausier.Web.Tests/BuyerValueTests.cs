using System.Net;
using Clausier.Testing;
using Clausier.Web.Tendering;
using Clausier.Web.Tests.Fixtures;

namespace Clausier.Web.Tests;

/// <summary>What a buyer types in the consultation page reaches the downloaded annex as typed.</summary>
public sealed class BuyerValueTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    [Fact]
    public async Task Every_field_holding_markup_reaches_each_downloaded_lot_as_typed()
    {
        using var client = server.Client();
        var tender = BuyerValues.HostileTender(BuyerValues.Short);
        var form = TenderFormMapping.FromTender(tender);

        foreach (var lot in tender.Lots)
        {
            var response = await client.PostForm("/Consultation", $"Docx&lot={lot.Number}", Annexes.Fields(form));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            BuyerValues.AssertShown(tender, lot, await response.Content.ReadAsByteArrayAsync());
        }
    }
}
