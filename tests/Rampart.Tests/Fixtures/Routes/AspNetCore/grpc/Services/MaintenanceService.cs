using Grpc.Core;

namespace Ledger.Grpc.Services;

public class MaintenanceService : Maintenance.MaintenanceBase
{
    public override Task<PurgeReply> Purge(PurgeRequest request, ServerCallContext context) => Task.FromResult(new PurgeReply()); // expect: RMP-C001
}
