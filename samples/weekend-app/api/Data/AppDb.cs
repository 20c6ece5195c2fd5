using Microsoft.EntityFrameworkCore;

namespace WeekendApp.Api.Data;

public class AppDb : DbContext
{
    public AppDb(DbContextOptions<AppDb> options) : base(options) { }

    public DbSet<User> Users => Set<User>();
    public DbSet<Expense> Expenses => Set<Expense>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<User>().HasIndex(u => u.Email).IsUnique();
        modelBuilder.Entity<Expense>().Property(e => e.Amount).HasPrecision(12, 2);
        modelBuilder.Entity<Expense>()
            .HasOne(e => e.User)
            .WithMany(u => u.Expenses)
            .HasForeignKey(e => e.UserId);
    }
}

public class User
{
    public int Id { get; set; }
    public string Email { get; set; } = "";
    public string Name { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public string Role { get; set; } = "member";
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public List<Expense> Expenses { get; set; } = new();
}

public class Expense
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public User? User { get; set; }
    public string Description { get; set; } = "";
    public string Category { get; set; } = "other";
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "EUR";
    public DateOnly SpentOn { get; set; }
    public string Status { get; set; } = "pending";
}
